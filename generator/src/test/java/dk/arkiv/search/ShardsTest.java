package dk.arkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardsTest {
    private static final String LETTERS = "abcdefghijklmnoprstuvyæøå";
    private static final Pattern TERM = Pattern.compile("\"([^\"]+)\":\\[");

    /** Compounds on a few stems, with postings of every size and one term in very many documents. */
    private static SortedMap<String, String> dictionary() {
        Random random = new Random(7);
        SortedMap<String, String> entries = new TreeMap<>();
        List<String> stems = List.of("klima", "klimaallianc", "klimahandling", "grøn", "grønland", "danmark", "kl",
                "kla", "æbl", "aebl", "abe", "hav", "havn", "havnebad");
        for (String stem : stems) {
            entries.put(stem, "[\"" + "A".repeat(random.nextInt(400)) + "\",\"\"]");
            for (int i = 0; i < 40; i++) {
                StringBuilder term = new StringBuilder(stem);
                for (int n = random.nextInt(6); n >= 0; n--) {
                    term.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
                }
                entries.put(term.toString(), "[\"\",\"" + "B".repeat(random.nextInt(200)) + "\"]");
            }
        }
        entries.put("kommun", "[\"\",\"*" + "_".repeat(5_000) + "\"]");
        return entries;
    }

    /** As search.js: the last file whose bound is not after the term. */
    private static int fileOf(String term, List<String> bounds) {
        int file = 0;
        while (file + 1 < bounds.size() && bounds.get(file + 1).compareTo(term) <= 0) {
            file++;
        }
        return file;
    }

    /** As search.js: the files of every term that begins with {@code term}. */
    private static List<Integer> own(String term, List<String> bounds) {
        return IntStream.rangeClosed(fileOf(term, bounds), fileOf(term + "\uffff", bounds)).boxed().toList();
    }

    /** As search.js: the files of the terms of four letters or more that begin {@code term}. */
    private static List<Integer> shorter(String term, List<String> bounds) {
        return IntStream.range(4, term.length()).mapToObj(n -> fileOf(term.substring(0, n), bounds)).distinct().toList();
    }

    private static Set<String> termsIn(Shards.Split split, List<Integer> files) {
        return files.stream().flatMap(f -> TERM.matcher(split.files().get(f)).results())
                .map(m -> m.group(1)).collect(Collectors.toSet());
    }

    @Test
    void theTermsAreCutInOrderIntoFilesOfAboutTheSize() {
        SortedMap<String, String> entries = dictionary();
        Shards.Split split = Shards.of(entries, new TreeMap<>(), 2_000);
        assertThat(split.files()).hasSizeGreaterThan(20).hasSameSizeAs(split.bounds());
        List<String> inOrder = split.files().stream().flatMap(f -> TERM.matcher(f).results()).map(m -> m.group(1)).toList();
        assertThat(inOrder).containsExactlyElementsOf(entries.keySet());
        split.files().forEach(json -> assertThat(json.length() <= 2_000 || !json.contains(",\n"))
                .as("only a file of one term is over the size").isTrue());
        assertThat(split.files()).anyMatch(json -> json.startsWith("{\"kommun\":") && json.length() > 5_000);

        Shards.Split whole = Shards.of(entries, new TreeMap<>(), Integer.MAX_VALUE);
        assertThat(whole.files()).hasSize(1);
        assertThat(whole.manifest()).isEqualTo("{\"ord\":[\"\"],\"prefiks\":[]}\n");
    }

    @Test
    void eachBoundIsTheShortestBeginningOfAFilesFirstTermAfterTheLastTermBefore() {
        Shards.Split split = Shards.of(dictionary(), new TreeMap<>(), 2_000);
        assertThat(split.bounds().get(0)).isEmpty();
        assertThat(split.bounds()).isSorted().doesNotHaveDuplicates();
        for (int i = 1; i < split.files().size(); i++) {
            List<String> before = TERM.matcher(split.files().get(i - 1)).results().map(m -> m.group(1)).toList();
            String first = TERM.matcher(split.files().get(i)).results().findFirst().orElseThrow().group(1);
            String bound = split.bounds().get(i);
            assertThat(first).startsWith(bound);
            assertThat(bound.compareTo(before.get(before.size() - 1))).isPositive();
            assertThat(bound.substring(0, bound.length() - 1).compareTo(before.get(before.size() - 1))).isNotPositive();
        }
    }

    @Test
    void everyTermIsFoundThroughTheManifestWithTheTermsItBeginsAndTheTermsThatBeginIt() {
        SortedMap<String, String> entries = dictionary();
        Shards.Split split = Shards.of(entries, new TreeMap<>(), 1_500);
        Set<String> queries = new TreeSet<>(entries.keySet());
        queries.addAll(List.of("klimaa", "kl", "k", "æ", "havnebadeanstalt", "klimahandlingsplan", "grønlandsk", "zz"));
        for (String query : queries) {
            assertThat(termsIn(split, own(query, split.bounds()))).as(query)
                    .containsAll(entries.keySet().stream().filter(t -> t.startsWith(query)).toList());
            List<Integer> files = new ArrayList<>(own(query, split.bounds()));
            files.addAll(shorter(query, split.bounds()));
            assertThat(termsIn(split, files)).as(query)
                    .containsAll(entries.keySet().stream().filter(t -> t.length() >= 4 && query.startsWith(t)).toList());
        }
        assertThat(termsIn(split, shorter("havnebadeanstalt", split.bounds()))).contains("havnebad", "havn");
        assertThat(own("klima", split.bounds())).as("a prefix of many terms reads consecutive files").hasSizeGreaterThan(1);
    }

    @Test
    void theBeginningsOfTermsThatFillMoreThanTheSizeAreBroad() {
        SortedMap<String, String> entries = dictionary();
        List<String> broad = Shards.broadPrefixes(entries, 3_000);
        assertThat(broad).isSorted().contains("kl", "klima", "kommun").doesNotContain("k", "h");
        for (String prefix : List.of("kl", "klima", "kla", "grøn", "havnebad", "kommu", "ab")) {
            long size = entries.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .mapToLong(e -> e.getKey().length() + e.getValue().length() + 5).sum();
            assertThat(broad.contains(prefix)).as(prefix).isEqualTo(size > 3_000);
        }
    }

    @Test
    void theIndexKeepsOneEntryForTheDocumentsOfAllTheTermsOfABroadBeginning() {
        InvertedIndex index = new InvertedIndex();
        Random random = new Random(3);
        List<String> terms = List.of("klima", "klimaallianc", "klimaplan", "klokk", "kommun", "abe");
        SortedMap<String, TreeSet<Integer>> titles = new TreeMap<>();
        SortedMap<String, TreeSet<Integer>> texts = new TreeMap<>();
        for (int document = 0; document < 3_000; document++) {
            TreeSet<String> title = new TreeSet<>();
            TreeSet<String> text = new TreeSet<>();
            for (String term : terms) {
                int r = random.nextInt(10);
                if (r == 0) {
                    title.add(term);
                } else if (r < 4) {
                    text.add(term);
                }
            }
            index.add(document, title.toArray(String[]::new), text.toArray(String[]::new));
            int d = document;
            title.forEach(t -> titles.computeIfAbsent(t, k -> new TreeSet<>()).add(d));
            text.forEach(t -> texts.computeIfAbsent(t, k -> new TreeSet<>()).add(d));
        }
        Shards.Split split = index.shards(1_000);
        assertThat(split.prefixes()).containsKeys("kl", "klima").doesNotContainKey("ab");
        assertThat(split.manifest()).contains("\"prefiks\":[\"kl\",", "\"klima\"");
        String klima = split.prefixes().get("klima");
        String[] lists = klima.substring(2, klima.length() - 2).split("\",\"", -1);
        TreeSet<Integer> title = new TreeSet<>();
        TreeSet<Integer> text = new TreeSet<>();
        for (String term : List.of("klima", "klimaallianc", "klimaplan")) {
            title.addAll(titles.getOrDefault(term, new TreeSet<>()));
            text.addAll(texts.getOrDefault(term, new TreeSet<>()));
        }
        text.removeAll(title);
        assertThat(Postings.decode(lists[0])).containsExactly(title.stream().mapToInt(i -> i).toArray());
        assertThat(Postings.decode(lists[1])).containsExactly(text.stream().mapToInt(i -> i).toArray());
    }

    @Test
    void theSameDictionaryGivesTheSameFiles() {
        assertThat(Shards.of(dictionary(), new TreeMap<>(), 1_500)).isEqualTo(Shards.of(dictionary(), new TreeMap<>(), 1_500));
    }
}

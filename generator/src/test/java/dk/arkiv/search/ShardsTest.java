package dk.arkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShardsTest {
    private static final String LETTERS = "abcdefghijklmnoprstuvyæøå";

    /** A dictionary of compounds on a few stems, with postings of every size. */
    private static SortedMap<String, String> dictionary() {
        Random random = new Random(7);
        SortedMap<String, String> entries = new TreeMap<>();
        List<String> stems = List.of("klima", "klimaallianc", "klimahandling", "grøn", "grønland", "danmark", "kl",
                "kla", "con", "nul", "æbl", "aebl", "abe", "hav", "havn", "havnebad");
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
        return entries;
    }

    /** The files search.js fetches for a term's prefix matches, walking the manifest as it does. */
    private static List<String> ownFiles(String term, SortedMap<String, String> splits) {
        String key = Shards.key(term);
        String prefix = key.substring(0, Math.min(2, key.length()));
        while (splits.containsKey(prefix) && key.length() > prefix.length()) {
            char next = key.charAt(prefix.length());
            if (splits.get(prefix).indexOf(next) < 0) {
                return List.of();
            }
            prefix += next;
        }
        List<String> files = new ArrayList<>();
        subtree(prefix, splits, files);
        return files;
    }

    private static void subtree(String prefix, SortedMap<String, String> splits, List<String> files) {
        String children = splits.get(prefix);
        if (children == null || children.startsWith("+")) {
            files.add(Shards.fileName(prefix));
        }
        if (children != null) {
            children.chars().filter(c -> c != '+').forEach(c -> subtree(prefix + (char) c, splits, files));
        }
    }

    /** The split prefixes with terms of their own on the way to a term: where a shorter term that begins it is. */
    private static List<String> pathFiles(String term, SortedMap<String, String> splits) {
        String key = Shards.key(term);
        List<String> files = new ArrayList<>();
        for (int length = 2; length < key.length() && splits.containsKey(key.substring(0, length)); length++) {
            if (splits.get(key.substring(0, length)).startsWith("+")) {
                files.add(Shards.fileName(key.substring(0, length)));
            }
        }
        return files;
    }

    private static Set<String> termsIn(Shards.Split split, List<String> files) {
        return files.stream().filter(split.files()::containsKey)
                .flatMap(f -> java.util.regex.Pattern.compile("\"([^\"]+)\":\\[").matcher(split.files().get(f)).results())
                .map(m -> m.group(1)).collect(Collectors.toSet());
    }

    @Test
    void aLargeShardIsSplitByLongerPrefixesAndASmallOneStaysWhole() {
        Shards.Split split = Shards.of(dictionary(), 2_000);
        assertThat(split.splits()).containsKeys("kl", "kli", "klim", "klima", "gr", "da");
        assertThat(split.splits().get("kl")).startsWith("+").contains("a", "i");
        assertThat(split.files().keySet()).contains("kl", "kl-ima").anyMatch(f -> f.startsWith("kl-imaa"));
        assertThat(split.files().get("kl")).startsWith("{\"kl\":[");
        split.files().forEach((file, json) -> {
            if (json.length() > 2_000) {
                assertThat(termsIn(split, List.of(file))).as("a file over the size holds only terms that cannot be split")
                        .allMatch(t -> Shards.fileName(Shards.key(t)).equals(file));
            }
        });

        Shards.Split whole = Shards.of(dictionary(), Integer.MAX_VALUE);
        assertThat(whole.splits()).isEmpty();
        assertThat(whole.manifest()).isEqualTo("{}\n");
        assertThat(whole.files().keySet()).allMatch(f -> f.length() == 2);
    }

    @Test
    void everyTermIsFoundThroughTheManifestWithEveryTermItBeginsAndEveryTermThatBeginsIt() {
        SortedMap<String, String> entries = dictionary();
        Shards.Split split = Shards.of(entries, 1_500);
        assertThat(split.files()).hasSizeGreaterThan(40);
        Set<String> everyTermInAFile = termsIn(split, new ArrayList<>(split.files().keySet()));
        assertThat(everyTermInAFile).isEqualTo(entries.keySet());
        for (String term : entries.keySet()) {
            Set<String> own = termsIn(split, ownFiles(term, split.splits()));
            assertThat(own).as(term).containsAll(entries.keySet().stream().filter(t -> t.startsWith(term)).toList());
            List<String> path = new ArrayList<>(ownFiles(term, split.splits()));
            path.addAll(pathFiles(term, split.splits()));
            assertThat(termsIn(split, path)).as(term)
                    .containsAll(entries.keySet().stream().filter(term::startsWith).toList());
        }
        // A query term that is no dictionary term: the longer ones it begins, the shorter ones that begin it.
        assertThat(termsIn(split, ownFiles("klimaa", split.splits())))
                .containsAll(entries.keySet().stream().filter(t -> t.startsWith("klimaa")).toList());
        List<String> path = new ArrayList<>(ownFiles("havnebadeanstalt", split.splits()));
        path.addAll(pathFiles("havnebadeanstalt", split.splits()));
        assertThat(termsIn(split, path)).contains("havnebad", "havn", "hav");
    }

    @Test
    void fileNamesAreAsciiAndNeverADeviceNameWindowsReserves() {
        Shards.Split split = Shards.of(dictionary(), 1_500);
        assertThat(split.files().keySet()).allMatch(f -> f.matches("[a-z0-9_]{1,2}(-[a-z0-9_]+)?"))
                .doesNotContain("con", "nul").contains("co-n");
        assertThat(Shards.key("æblegrød")).isEqualTo("aeblegroed");
        assertThat(Shards.key("café-ñ")).isEqualTo("caf___");
    }

    @Test
    void theSameDictionaryGivesTheSameFiles() {
        assertThat(Shards.of(dictionary(), 1_500)).isEqualTo(Shards.of(dictionary(), 1_500));
    }
}

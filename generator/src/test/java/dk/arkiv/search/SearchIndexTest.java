package dk.arkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import dk.arkiv.content.ContentLoader;
import dk.arkiv.link.ArchiveLinker;
import dk.arkiv.link.LinkedArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of a small archive: what is in it, where, and what never is. */
class SearchIndexTest {
    @TempDir
    Path dir;

    private SearchIndex index(Path content) {
        LinkedArchive archive = new ArchiveLinker().link(new ContentLoader().load(content).archive(), TestSites.NOW);
        return new SearchIndexer().index(archive);
    }

    private Path archiveWithSecrets() throws IOException {
        Path content = TestSites.minimalContent(dir);
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"), TestSites.minutes("2024-09-20", """
                  - number: "3.1"
                    title: Personalesag om lukkeordet
                    closed: true
                """, TestSites.MINUTES_BODY + """

                # 3. Lukkede sager

                ## 3.1. Personalesag om lukkeordet

                ### Sagsfremstilling

                Hemmeligholdt fortrolighedsord om en navngiven medarbejder.
                """));
        TestSites.write(content.resolve("meetings/nordjylland/2024-10-20.md"),
                TestSites.minutes("2024-10-20", "draft: true\n", TestSites.MINUTES_BODY.replace(
                        "KlimaNord er den regionale", "Kladdehemmelighed om den regionale")));
        return content;
    }

    /** Canary: the text of a closed item and everything in a draft stay out of every file. */
    @Test
    void closedItemsTextAndDraftsAreNeverIndexed() throws IOException {
        SearchIndex index = index(archiveWithSecrets());
        String everything = String.join("\n", index.files().values()).toLowerCase();
        assertThat(everything).contains("lukkeord", "personalesag", "klimanord")
                .doesNotContain("hemmeligholdt", "fortrolighed", "medarbejder", "kladdehemmelighed", "2024-10-20");
    }

    @Test
    void aTermIsInTheShardOfItsFirstTwoLettersWithItsTitleAndTextDocuments() throws IOException {
        SearchIndex index = index(archiveWithSecrets());
        assertThat(index.files()).containsKeys("soeg/indeks/kl.json", "soeg/indeks/dok/0.json",
                "soeg/indeks/filtre/raad-nordjylland.json", "soeg/indeks/filtre/type-punkt.json",
                "soeg/indeks/filtre/aar-2024.json", "soeg/indeks/filtre/emne-klimaalliancen.json");
        assertThat(index.files().get("soeg/indeks/kl.json")).contains("\"klimaallianc\":[", "\"klimanord\":[");
        assertThat(index.files().get("soeg/indeks/dok/0.json"))
                .startsWith("[[\"emne\",\"emner/klimaalliancen/\",\"Klimaalliancen\",\"Emne\",");
    }

    /** Term to the dictionary shard it is in. */
    private static Map<String, String> shardOfEachTerm(SearchIndex index) {
        Map<String, String> shards = new TreeMap<>();
        index.files().forEach((path, json) -> {
            if (path.matches("soeg/indeks/[a-z0-9_-]+\\.json") && !path.endsWith("/opdeling.json")) {
                Pattern.compile("\"([^\"]+)\":\\[").matcher(json).results()
                        .forEach(m -> assertThat(shards.put(m.group(1), path)).as("one shard per term").isNull());
            }
        });
        return shards;
    }

    @Test
    void aSmallArchiveNeedsNoSplitButSmallShardsSplitItsDictionary() throws IOException {
        Path content = archiveWithSecrets();
        SearchIndex whole = index(content);
        assertThat(whole.files().get("soeg/indeks/opdeling.json")).isEqualTo("{}\n");
        LinkedArchive archive = new ArchiveLinker().link(new ContentLoader().load(content).archive(), TestSites.NOW);
        SearchIndex split = new SearchIndexer(60).index(archive);
        assertThat(split.files().get("soeg/indeks/opdeling.json")).startsWith("{\"").contains("\"in\":\"");
        Map<String, String> before = shardOfEachTerm(whole);
        Map<String, String> after = shardOfEachTerm(split);
        assertThat(after.keySet()).isEqualTo(before.keySet()).contains("indsats", "klimaallianc");
        before.forEach((term, shard) -> assertThat(after.get(term)).as(term)
                .startsWith(shard.substring(0, shard.length() - ".json".length())));
        assertThat(after.values()).anyMatch(shard -> shard.startsWith("soeg/indeks/in-"));
    }

    @Test
    void theSameArchiveGivesTheSameFiles() throws IOException {
        Path content = archiveWithSecrets();
        assertThat(index(content).files()).isEqualTo(index(content).files());
    }

    @Test
    void anExcerptIsCutBetweenWords() {
        String text = "ord ".repeat(200);
        assertThat(SearchIndexer.excerpt(text)).endsWith("ord …").hasSizeLessThanOrEqualTo(SearchIndexer.EXCERPT_LENGTH + 2);
    }
}

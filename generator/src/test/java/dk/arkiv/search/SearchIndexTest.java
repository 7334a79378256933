package dk.arkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import dk.arkiv.content.ContentLoader;
import dk.arkiv.link.ArchiveLinker;
import dk.arkiv.link.LinkedArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void aTermIsInTheDictionaryWithItsTitleAndTextDocuments() throws IOException {
        SearchIndex index = index(archiveWithSecrets());
        assertThat(index.files()).containsKeys("soeg/indeks/ord/0.json", "soeg/indeks/opdeling.json",
                "soeg/indeks/dok/0.json", "soeg/indeks/filtre/raad-nordjylland.json",
                "soeg/indeks/filtre/type-punkt.json", "soeg/indeks/filtre/aar-2024.json",
                "soeg/indeks/filtre/emne-klimaalliancen.json");
        assertThat(index.files().get("soeg/indeks/opdeling.json")).as("a small dictionary is one file").isEqualTo("{\"ord\":[\"\"],\"prefiks\":[]}\n");
        assertThat(index.files().get("soeg/indeks/ord/0.json")).contains("\"klimaallianc\":[", "\"klimanord\":[");
        assertThat(index.files().get("soeg/indeks/dok/0.json"))
                .startsWith("[[\"emne\",\"emner/klimaalliancen/\",\"Klimaalliancen\",\"Emne\",");
    }

    /** The terms of the dictionary's files, file by file in order. */
    private static List<String> termsInOrder(SearchIndex index) {
        List<String> terms = new ArrayList<>();
        for (int file = 0; index.files().containsKey("soeg/indeks/ord/" + file + ".json"); file++) {
            Pattern.compile("\"([^\"]+)\":\\[").matcher(index.files().get("soeg/indeks/ord/" + file + ".json"))
                    .results().forEach(m -> terms.add(m.group(1)));
        }
        return terms;
    }

    @Test
    void withSmallFilesTheDictionaryIsCutInTheTermsOrder() throws IOException {
        Path content = archiveWithSecrets();
        LinkedArchive archive = new ArchiveLinker().link(new ContentLoader().load(content).archive(), TestSites.NOW);
        SearchIndex small = new SearchIndexer(40).index(archive);
        long files = small.files().keySet().stream().filter(f -> f.startsWith("soeg/indeks/ord/")).count();
        assertThat(files).isGreaterThan(5);
        String manifest = small.files().get("soeg/indeks/opdeling.json");
        assertThat(manifest.substring(0, manifest.indexOf(']')).split(",")).hasSize((int) files);
        List<String> terms = termsInOrder(small);
        assertThat(terms).isSorted().doesNotHaveDuplicates().isEqualTo(termsInOrder(index(content)))
                .contains("indsats", "klimaallianc");
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

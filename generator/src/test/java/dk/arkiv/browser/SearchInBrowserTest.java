package dk.arkiv.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import dk.arkiv.content.ContentLoader;
import dk.arkiv.link.ArchiveLinker;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.search.DanishStemmer;
import dk.arkiv.search.SearchIndex;
import dk.arkiv.search.SearchIndexer;
import dk.arkiv.search.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Searching the sample archive in Chromium, as a reader does. */
@ExtendWith(SampleSite.Resolver.class)
class SearchInBrowserTest {

    private static List<String> resultTitles(SampleSite site) {
        return site.driver().findElements(By.cssSelector("#soeg-resultater .result-title a")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void klimaalliancenFindsTheTopicFirstAndThenItsItemsNewestFirst(SampleSite site) {
        site.open("soeg/?q=klimaalliancen");
        site.awaitSearch();
        List<String> titles = resultTitles(site);
        assertThat(titles.get(0)).isEqualTo("Klimaalliancen");
        assertThat(titles).contains("3.7 Klimaalliancen og status på indsatser", "3.4 Klimaalliancen og status på indsatser",
                "2.2 National Klimaalliance – status for indsatser");
        assertThat(titles.indexOf("2.2 National Klimaalliance – status for indsatser"))
                .as("title hits come before text hits").isLessThan(titles.size() - 1);
        assertThat(site.driver().findElement(By.id("soeg-status")).getText()).contains("resultater for »klimaalliancen«");
        assertThat(site.driver().findElement(By.id("soeg-q")).getAttribute("value")).isEqualTo("klimaalliancen");
    }

    @Test
    void resultsShowCouncilDateAndAnExcerptWithTheQueryHighlighted(SampleSite site) {
        site.open("soeg/?q=klimaalliancen");
        site.awaitSearch();
        WebElement item = site.driver().findElements(By.cssSelector("#soeg-resultater .result-punkt")).get(0);
        assertThat(item.findElement(By.cssSelector(".result-context")).getText())
                .matches("(?s).*KKR \\S+ · \\d+\\. [a-z]+ 2024 · (Referat|Dagsorden).*");
        List<String> marked = item.findElements(By.cssSelector(".result-excerpt mark")).stream()
                .map(WebElement::getText).map(String::toLowerCase).toList();
        assertThat(marked).isNotEmpty().allMatch(w -> w.startsWith("klimaallianc"));
    }

    @Test
    void groentDanmarkFindsTheAgreementInBothCouncils(SampleSite site) {
        site.open("soeg/?q=gr%C3%B8nt+danmark");
        site.awaitSearch();
        assertThat(resultTitles(site)).contains("Aftale om Grønt Danmark", "3.8 Aftale om Grønt Danmark",
                "3.3 Aftale om grønt Danmark");
        assertThat(resultTitles(site)).allMatch(t -> !t.contains("Klimaalliancen og status"));
    }

    @Test
    void aCompoundFindsItsFirstPartAndAPrefixFindsLongerWords(SampleSite site) {
        site.open("soeg/?q=klimahandlingsplaner");
        site.awaitSearch();
        assertThat(resultTitles(site)).contains("Klimaalliancen");
        site.open("soeg/?q=klimaallian");
        site.awaitSearch();
        assertThat(resultTitles(site)).contains("Klimaalliancen");
    }

    @Test
    void filtersNarrowTheResultsToOneCouncilAndKind(SampleSite site) {
        site.open("soeg/?q=klimaalliancen&raad=midtjylland&type=punkt");
        site.awaitSearch();
        assertThat(resultTitles(site)).isNotEmpty().doesNotContain("Klimaalliancen", "3.7 Klimaalliancen og status på indsatser");
        assertThat(site.driver().findElements(By.cssSelector("#soeg-resultater .result-context")))
                .allMatch(c -> c.getText().contains("KKR Midtjylland"));
        assertThat(site.driver().findElement(By.id("soeg-raad")).getAttribute("value")).isEqualTo("midtjylland");
    }

    @Test
    void theSearchBoxInTheHeaderLeadsToTheResultsWithTheQueryInTheAddress(SampleSite site) {
        site.open("emner/index.html");
        WebElement box = site.driver().findElement(By.cssSelector("header input[name=q]"));
        box.sendKeys("klimaalliancen");
        box.submit();
        site.awaitSearch();
        assertThat(site.driver().getCurrentUrl()).contains("/soeg/").endsWith("q=klimaalliancen");
        assertThat(resultTitles(site)).contains("Klimaalliancen");
    }

    @Test
    void aResultLeadsToItsPage(SampleSite site) {
        site.open("soeg/?q=klimaalliancen");
        site.awaitSearch();
        site.driver().findElement(By.linkText("3.4 Klimaalliancen og status på indsatser")).click();
        assertThat(site.driver().getCurrentUrl()).endsWith("/midtjylland/2024-09-06/3-4/index.html");
        assertThat(site.driver().findElement(By.tagName("h1")).getText()).contains("Klimaalliancen og status på indsatser");
    }

    @Test
    void nothingFoundIsSaidPlainly(SampleSite site) {
        site.open("soeg/?q=zzxqy");
        site.awaitSearch();
        assertThat(site.driver().findElement(By.id("soeg-status")).getText()).isEqualTo("Ingen resultater for »zzxqy«.");
    }

    private static LinkedArchive sampleArchive() {
        return new ArchiveLinker().link(
                new ContentLoader().load(TestSites.repository().resolve("content")).archive(), TestSites.NOW);
    }

    /** The status, every title and every highlighted word a query shows, with all its results shown. */
    private static List<String> everything(SampleSite site, String path) {
        site.open(path);
        site.awaitSearch();
        WebElement more = site.driver().findElement(By.id("soeg-flere"));
        while (more.isDisplayed()) {
            int shown = resultTitles(site).size();
            more.click();
            new WebDriverWait(site.driver(), Duration.ofSeconds(10)).until(d -> resultTitles(site).size() > shown);
        }
        List<String> seen = new ArrayList<>(List.of(site.driver().findElement(By.id("soeg-status")).getText()));
        seen.addAll(resultTitles(site));
        site.driver().findElements(By.cssSelector("#soeg-resultater mark")).forEach(m -> seen.add("<mark>" + m.getText()));
        return seen;
    }

    /**
     * The sample archive's dictionary fits in a few files. Cut into tiny ones instead, the browser
     * must still find every term through the manifest: prefixes whose terms span many files (kept
     * as one entry), compounds that need a shorter term from another file, several terms, filters.
     */
    @Test
    void aDictionaryCutIntoManySmallFilesGivesTheSameResults(SampleSite site) throws IOException {
        SearchIndex split = new SearchIndexer(200).index(sampleArchive());
        assertThat(split.files().keySet().stream().filter(f -> f.startsWith("soeg/indeks/ord/"))).hasSizeGreaterThan(100);
        assertThat(split.files().get("soeg/indeks/opdeling.json")).contains("\"kl\",", "\"klima\",");
        for (var file : split.files().entrySet()) {
            Path target = site.file(file.getKey().replace("soeg/indeks/", "soeg-smaa/indeks/"));
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        Files.copy(site.file("soeg/index.html"), site.file("soeg-smaa/index.html"), StandardCopyOption.REPLACE_EXISTING);
        for (String query : List.of("q=klimaalliancen", "q=gr%C3%B8nt+danmark", "q=klimahandlingsplaner",
                "q=klimaallian", "q=klima", "q=kl", "q=zzxqy", "q=klimaalliancen&raad=midtjylland&type=punkt")) {
            List<String> expected = everything(site, "soeg/?" + query);
            assertThat(everything(site, "soeg-smaa/?" + query)).as(query).isEqualTo(expected);
        }
    }

    /** The browser stems the query as the build stemmed the text, or queries miss. */
    @Test
    void theBrowsersStemmerAgreesWithTheBuildsOnEveryWordOfTheSampleArchive(SampleSite site) {
        LinkedArchive archive = sampleArchive();
        TreeSet<String> words = new TreeSet<>();
        archive.items().forEach(i -> {
            words.addAll(Words.of(i.item().title()));
            i.item().sections().forEach(s -> words.addAll(Words.of(s.markdown())));
        });
        List<String> list = new ArrayList<>(words);
        site.open("soeg/");
        @SuppressWarnings("unchecked")
        List<String> fromBrowser = (List<String>) site.driver().executeScript(
                "return arguments[0].map(function (w) { return window.arkivSearch.stem(w); })", list);
        DanishStemmer stemmer = new DanishStemmer();
        assertThat(list).hasSizeGreaterThan(1000);
        assertThat(fromBrowser).containsExactlyElementsOf(list.stream().map(stemmer::stem).toList());
    }
}

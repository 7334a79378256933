package dk.arkiv.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.arkiv.Arkiv;
import dk.arkiv.BuildResult;
import dk.arkiv.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** axe-core finds no WCAG 2.1 A or AA violation on any type of page. */
@ExtendWith(SampleSite.Resolver.class)
class AccessibilityInBrowserTest {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "home, index.html",
        "council, hovedstaden/index.html",
        "meeting, midtjylland/2024-09-06/index.html",
        "agenda, hovedstaden/2024-09-06/index.html",
        "item, midtjylland/2024-09-06/3-4/index.html",
        "topic, emner/klimaalliancen/index.html",
        "topics, emner/index.html",
        "person, personer/anette-poulsen/index.html",
        "people, personer/index.html",
        "municipality, kommuner/aalborg/index.html",
        "municipalities, kommuner/index.html",
        "party, partier/a/index.html",
        "parties, partier/index.html",
        "all meetings, moeder/index.html",
        "search with results, soeg/index.html?q=klimaalliancen",
        "search without a query, soeg/index.html",
        "page not found, findes-ikke/",
    })
    void pageHasNoWcagViolations(String pageType, String path, SampleSite site) {
        site.open(path);
        if (path.startsWith("soeg/")) {
            site.awaitSearch();
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(site.driver());
        assertThat(results.getViolations()).as(() -> pageType + " (" + path + ") has WCAG violations:\n"
                + readable(results.getViolations())).isEmpty();
    }

    /**
     * The sample archive has no attachment document, so this page type is built from a copy of it
     * where an item of the Midtjylland minutes lists one.
     */
    @Test
    void anAttachmentDocumentPageHasNoWcagViolations(SampleSite site, @TempDir Path dir) throws IOException {
        Path content = TestSites.copyOfSample(dir);
        Path minutes = content.resolve("meetings/midtjylland/2024-09-06.md");
        String listed = "{title: \"Oversigt over aktiviteterne i Klima Midt\"}";
        assertThat(Files.readString(minutes)).contains(listed);
        Files.writeString(minutes, Files.readString(minutes).replace(listed,
                "{title: \"Oversigt over aktiviteterne i Klima Midt\", file: files/midtjylland/2024/2024-09-06-3-4-bilag-1.md}"));
        Path attachment = content.resolve("files/midtjylland/2024/2024-09-06-3-4-bilag-1.md");
        Files.createDirectories(attachment.getParent());
        Files.writeString(attachment, """
                ---
                title: Oversigt over aktiviteterne i Klima Midt
                item: "3.4"
                meeting: midtjylland/2024-09-06
                ---

                # Klima Midt

                Klima Midt er de 19 midtjyske kommuners samarbejde om klimahandlingsplaner efter DK2020.

                ## Aktiviteter i 2024

                - Netværk for klimakoordinatorer
                - Fælles analyse af CO₂-udledningen fra landbruget
                - Klimatilpasning på tværs af kommunegrænser

                | Indsats | Status |
                |---|---|
                | Klimahandlingsplaner | Vedtaget i alle 19 kommuner |
                | Opfølgning | Årlig status til KKR |
                """);
        Path out = dir.resolve("site");
        BuildResult built = new Arkiv().build(TestSites.request(content, out));
        assertThat(built.succeeded()).as(built.diagnostics().toString()).isTrue();
        String path = "midtjylland/2024-09-06/bilag/2024-09-06-3-4-bilag-1/index.html";
        assertThat(out.resolve(path)).isRegularFile();
        try (StaticServer server = new StaticServer(out)) {
            site.driver().get(server.baseUrl() + path);
            assertThat(site.driver().findElement(By.tagName("h1")).getText()).contains("Oversigt over aktiviteterne");
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(site.driver());
            assertThat(results.getViolations()).as(() -> "attachment document (" + path + ") has WCAG violations:\n"
                    + readable(results.getViolations())).isEmpty();
        }
    }

    /** Long lists split by year exist only in a larger archive: the sample with ten years of meetings added. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "topic with older years, emner/klimaalliancen/index.html",
        "a topic's older year, emner/klimaalliancen/2011/index.html",
        "party with older years, partier/a/index.html",
        "a party's older year, partier/a/2011/index.html",
        "a municipality's older year, kommuner/albertslund/2011/index.html",
    })
    void yearPagesOfLongListsHaveNoWcagViolations(String pageType, String path, SampleSite site, @TempDir Path dir)
            throws IOException {
        Path content = TestSites.copyOfSample(dir);
        TestSites.addLongLists(content);
        Path out = dir.resolve("site");
        BuildResult built = new Arkiv().build(TestSites.request(content, out));
        assertThat(built.succeeded()).as(built.diagnostics().toString()).isTrue();
        try (StaticServer server = new StaticServer(out)) {
            site.driver().get(server.baseUrl() + path);
            assertThat(site.driver().findElements(By.cssSelector("nav[aria-labelledby=aeldre-aar], nav[aria-labelledby=andre-aar]")))
                    .as(path).isNotEmpty();
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(site.driver());
            assertThat(results.getViolations()).as(() -> pageType + " (" + path + ") has WCAG violations:\n"
                    + readable(results.getViolations())).isEmpty();
        }
    }

    private static String readable(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + "\n" + rule.getNodes().stream().limit(5).map(AccessibilityInBrowserTest::node)
                .collect(Collectors.joining("\n"))).collect(Collectors.joining("\n"));
    }

    private static String node(CheckedNode node) {
        return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      " + String.valueOf(node.getFailureSummary())
                .replace("\n", "\n      ");
    }
}

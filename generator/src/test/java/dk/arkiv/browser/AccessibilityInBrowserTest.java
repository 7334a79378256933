package dk.arkiv.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
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

package dk.arkiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic with more items than its page shows: its newest years stay on the topic's page, each
 * older year gets a page, every item is on exactly one of them, and every link resolves.
 */
class LongTopicBuildTest {
    /** Items a year on the topic, over ten years: 250 items, more than the topic's page holds (200). */
    private static final int ITEMS_A_MEETING = 25;
    private static final int FIRST_YEAR = 2011;
    private static final int YEARS = 10;

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void build() throws IOException {
        Path content = TestSites.copyOfSample(dir);
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            Files.writeString(content.resolve("meetings/hovedstaden/" + year + "-03-01.md"), meeting(year));
        }
        site = dir.resolve("site");
        BuildResult result = new Arkiv().build(new BuildRequest(content, TestSites.templates(), site,
                Optional.empty(), false, TestSites.NOW));
        assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();
    }

    /** A meeting of the given year whose every item is on Klimaalliancen. */
    static String meeting(int year) {
        StringBuilder front = new StringBuilder("---\ncouncil: hovedstaden\nkind: referat\ndate: " + year + "-03-01\nitems:\n");
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= ITEMS_A_MEETING; i++) {
            front.append("  - number: \"").append(i).append("\"\n    title: Klimaalliancen, sag ").append(i)
                    .append("\n    topics: [klimaalliancen]\n");
            body.append("\n## ").append(i).append(". Klimaalliancen, sag ").append(i)
                    .append("\n\n### Beslutning\n\nGodkendt.\n");
        }
        return front.append("---\n").append(body).toString();
    }

    @Test
    void theNewestYearsStayOnTheTopicsPageAndEachOlderYearHasAPage() throws IOException {
        Document topic = page("emner/klimaalliancen/index.html");
        List<String> olderYears = topic.select("nav[aria-labelledby=aeldre-aar] a").eachText();
        assertThat(olderYears).isNotEmpty().allSatisfy(y -> assertThat(Integer.parseInt(y)).isLessThan(2024));
        assertThat(topic.select("section.timeline-year h3").eachText()).startsWith("2024")
                .doesNotContainAnyElementsOf(olderYears);
        assertThat(topic.select(".item-list li").size()).isLessThanOrEqualTo(200);

        Document oldest = page("emner/klimaalliancen/" + FIRST_YEAR + "/index.html");
        assertThat(oldest.select("h1").text()).isEqualTo("Klimaalliancen, " + FIRST_YEAR);
        assertThat(oldest.select(".item-list li")).hasSize(ITEMS_A_MEETING);
        assertThat(oldest.select("nav[aria-labelledby=andre-aar] a[aria-current=page]").text()).isEqualTo(String.valueOf(FIRST_YEAR));
        assertThat(oldest.select(".breadcrumbs a").eachText()).contains("Emner", "Klimaalliancen");
    }

    @Test
    void everyItemOfTheTopicIsListedOnceAndEveryLinkResolves() throws IOException {
        Document topic = page("emner/klimaalliancen/index.html");
        List<String> listed = new ArrayList<>(itemLinks(topic, "emner/klimaalliancen/"));
        for (Element year : topic.select("nav[aria-labelledby=aeldre-aar] a")) {
            String path = "emner/klimaalliancen/" + year.attr("href");
            listed.addAll(itemLinks(page(path), path.substring(0, path.lastIndexOf('/') + 1)));
        }
        int itemsOnTopic = Integer.parseInt(topic.select("h2 .count").text());
        assertThat(itemsOnTopic).isGreaterThan(YEARS * ITEMS_A_MEETING);
        assertThat(listed).doesNotHaveDuplicates().hasSize(itemsOnTopic)
                .contains("hovedstaden/" + FIRST_YEAR + "-03-01/1/index.html");
        assertThat(new LinkChecker(site, "/").brokenLinks()).isEmpty();
    }

    /** The item pages a topic page lists, as paths from the site's root. */
    private static List<String> itemLinks(Document page, String pageDir) {
        return page.select(".item-list a.item-title").eachAttr("href").stream()
                .map(href -> Path.of(pageDir).resolve(href).normalize().toString()).toList();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }
}

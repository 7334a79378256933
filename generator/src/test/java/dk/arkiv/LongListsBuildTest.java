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
 * Lists longer than a page holds (200 entries): a topic's items, a party's and a municipality's
 * meetings. Their newest years stay on the page, each older year gets a page, every entry is on
 * exactly one of them, and every link resolves.
 */
class LongListsBuildTest {
    private static final int FIRST_YEAR = TestSites.LONG_LISTS_FIRST_YEAR;
    private static final int YEARS = TestSites.LONG_LISTS_YEARS;
    private static final int MEETINGS_A_YEAR = TestSites.LONG_LISTS_MEETINGS_A_YEAR;

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void build() throws IOException {
        Path content = TestSites.copyOfSample(dir);
        TestSites.addLongLists(content);
        site = dir.resolve("site");
        BuildResult result = new Arkiv().build(new BuildRequest(content, TestSites.templates(), site,
                Optional.empty(), false, TestSites.NOW));
        assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();
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
        assertThat(oldest.select(".item-list li")).hasSize(MEETINGS_A_YEAR);
        assertThat(oldest.select("nav[aria-labelledby=andre-aar] a[aria-current=page]").text())
                .isEqualTo(String.valueOf(FIRST_YEAR));
        assertThat(oldest.select(".breadcrumbs a").eachText()).contains("Emner", "Klimaalliancen");
    }

    @Test
    void everyItemOfTheTopicIsListedOnce() throws IOException {
        List<String> listed = listedOnPageAndYears("emner/klimaalliancen/", ".item-list a.item-title");
        int itemsOnTopic = Integer.parseInt(page("emner/klimaalliancen/index.html").select("h2 .count").text());
        assertThat(itemsOnTopic).isGreaterThan(YEARS * MEETINGS_A_YEAR);
        assertThat(listed).doesNotHaveDuplicates().hasSize(itemsOnTopic)
                .contains("hovedstaden/" + FIRST_YEAR + "-01-05/1/index.html");
    }

    @Test
    void everyMeetingOfThePartyAndTheMunicipalityIsListedOnce() throws IOException {
        for (String owner : List.of("partier/a/", "kommuner/albertslund/")) {
            Document page = page(owner + "index.html");
            assertThat(page.select(".meeting-list li").size()).as(owner).isBetween(1, 200);
            List<String> listed = listedOnPageAndYears(owner, ".meeting-list a");
            assertThat(listed).as(owner).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(YEARS * MEETINGS_A_YEAR)
                    .contains("hovedstaden/" + FIRST_YEAR + "-01-05/index.html");
            Document oldest = page(owner + FIRST_YEAR + "/index.html");
            assertThat(oldest.select(".meeting-list li")).as(owner).hasSize(MEETINGS_A_YEAR);
            assertThat(oldest.select("h1").text()).as(owner).endsWith(": møder i " + FIRST_YEAR);
        }
    }

    @Test
    void everyLinkResolves() throws IOException {
        assertThat(new LinkChecker(site, "/").brokenLinks()).isEmpty();
    }

    /** The pages a list links to, as paths from the site's root: on its page and on the pages of its older years. */
    private List<String> listedOnPageAndYears(String pageDir, String linkSelector) throws IOException {
        Document page = page(pageDir + "index.html");
        List<String> listed = new ArrayList<>(links(page, pageDir, linkSelector));
        for (Element year : page.select("nav[aria-labelledby=aeldre-aar] a")) {
            String yearDir = Path.of(pageDir).resolve(year.attr("href")).getParent().toString() + "/";
            listed.addAll(links(page(yearDir + "index.html"), yearDir, linkSelector));
        }
        return listed;
    }

    private static List<String> links(Document page, String pageDir, String selector) {
        return page.select(selector).eachAttr("href").stream()
                .map(href -> Path.of(pageDir).resolve(href).normalize().toString()).toList();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }
}

package dk.arkiv.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.SampleSite;
import dk.arkiv.site.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds, calendars, sitemap and structured data of the sample archive, parsed back. */
class FollowTest {
    private static Path site() {
        return SampleSite.site();
    }

    private static org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site().resolve(path).toFile());
    }

    private static List<String> texts(org.w3c.dom.Document document, String tag) {
        NodeList nodes = document.getElementsByTagNameNS("*", tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void theArchiveFeedListsEveryMeetingNewestFirstWithAbsoluteLinks() throws Exception {
        org.w3c.dom.Document feed = xml("feed.xml");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        List<String> ids = texts(feed, "id");
        assertThat(ids).containsExactly("https://kkr.example.dk/feed.xml",
                "https://kkr.example.dk/nordjylland/2024-09-20/", "https://kkr.example.dk/hovedstaden/2024-09-06/",
                "https://kkr.example.dk/midtjylland/2024-09-06/", "https://kkr.example.dk/midtjylland/2024-06-18/");
        assertThat(texts(feed, "updated").get(0)).isEqualTo("2024-09-20T00:00:00+02:00");
    }

    @Test
    void aTopicFeedCarriesTheItemsWithTheirDecisions() throws Exception {
        org.w3c.dom.Document feed = xml("emner/klimaalliancen/feed.xml");
        assertThat(texts(feed, "title")).contains("3.4 Klimaalliancen og status på indsatser (KKR Midtjylland,"
                + " 6. september 2024)");
        assertThat(String.join(" ", texts(feed, "summary"))).contains("Taget til efterretning.");
    }

    @Test
    void pagesAnnounceTheirFeeds() {
        assertThat(SampleSite.page("").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("feed.xml");
        assertThat(SampleSite.page("midtjylland/").select("link[rel=alternate]").attr("href"))
                .isEqualTo("../midtjylland/feed.xml");
        assertThat(SampleSite.page("emner/klimaalliancen/").select("link[rel=alternate]").attr("href"))
                .isEqualTo("../../emner/klimaalliancen/feed.xml");
        assertThat(SampleSite.page("midtjylland/").select(".follow a").eachText())
                .containsExactly("Abonnér på mødekalenderen", "Følg nye møder (Atom-feed)");
    }

    @Test
    void calendarsFollowRfc5545() throws IOException {
        String ics = Files.readString(site().resolve("midtjylland/kalender.ics"), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("UID:midtjylland-2024-09-06@kkr.example.dk\r\n",
                "DTSTART:20240906T080000Z\r\n", "DTSTART;VALUE=DATE:20240618\r\n",
                "LOCATION:Scandic\\, Udgårdsvej 2\\, 8600 Silkeborg\r\n");
        assertThat(Files.readString(site().resolve("kalender.ics"))).contains("UID:nordjylland-2024-09-20@");
    }

    @Test
    void longCalendarLinesAreFoldedAtSeventyFiveOctets() {
        StringBuilder ics = new StringBuilder();
        Calendars.line(ics, "LOCATION:" + "Ærø Rådhus, Søndergade 14, ".repeat(6));
        String[] lines = ics.toString().split("\r\n");
        assertThat(lines).hasSizeGreaterThan(2);
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.toString().replace("\r\n ", "").strip())
                .isEqualTo("LOCATION:" + "Ærø Rådhus, Søndergade 14, ".repeat(6).strip());
    }

    @Test
    void theSitemapListsEveryPageButTheNotFoundPage() throws Exception {
        List<String> locations = texts(xml("sitemap.xml"), "loc");
        assertThat(locations).hasSize(SampleSite.result().pages() - 1)
                .contains("https://kkr.example.dk/", "https://kkr.example.dk/midtjylland/2024-09-06/3-4/")
                .doesNotContain("https://kkr.example.dk/404.html");
        assertThat(Files.readString(site().resolve("robots.txt")))
                .contains("Sitemap: https://kkr.example.dk/sitemap.xml");
    }

    @Test
    void meetingPagesDescribeTheMeetingAsAnEvent() {
        Document page = SampleSite.page("midtjylland/2024-09-06/");
        String json = page.select("script[type=application/ld+json]").first().data();
        assertThat(json).contains("\"@type\":\"Event\"", "\"startDate\":\"2024-09-06T10:00:00+02:00\"",
                "\"name\":\"Scandic, Udgårdsvej 2, 8600 Silkeborg\"",
                "\"url\":\"https://kkr.example.dk/midtjylland/2024-09-06/\"");
        assertThat(page.select("meta[property=og:url]").attr("content"))
                .isEqualTo("https://kkr.example.dk/midtjylland/2024-09-06/");
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("da_DK");
    }

    @Test
    void jsonTextCannotCloseTheScriptElement() {
        assertThat(Json.string("</script><script>alert(1)</script>"))
                .isEqualTo("\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"");
    }
}

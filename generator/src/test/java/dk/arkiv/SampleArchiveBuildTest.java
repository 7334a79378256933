package dk.arkiv;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.content.ContentLoader;
import dk.arkiv.content.Diagnostic;
import dk.arkiv.link.ArchiveLinker;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.Person;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.Slugs;
import dk.arkiv.model.Party;
import dk.arkiv.model.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the repository's own content/ and checks the whole site. */
class SampleArchiveBuildTest {
    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;
    static Map<String, String> contentBefore;

    @BeforeAll
    static void build() throws IOException {
        contentBefore = digests(content());
        site = dir.resolve("site");
        result = new Arkiv().build(TestSites.request(content(), site));
    }

    static Path content() {
        return TestSites.repository().resolve("content");
    }

    private static Document page(String path) throws IOException {
        Path file = site.resolve(path).resolve("index.html");
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void theSampleArchiveBuildsWithoutErrorsOrWarnings() {
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() != dk.arkiv.content.Severity.NOTE)
                .extracting(Diagnostic::toString).isEmpty();
        assertThat(result.succeeded()).isTrue();
        assertThat(result.pages()).isGreaterThan(100);
    }

    @Test
    void everyMeetingItemTopicPersonMunicipalityAndPartyHasItsPage() throws IOException {
        LinkedArchive archive = new ArchiveLinker().link(new ContentLoader().load(content()).archive(), TestSites.NOW);
        assertThat(archive.meetings()).hasSize(4);
        for (var meeting : archive.meetings()) {
            page(meeting.council().id() + "/" + meeting.meeting().date());
        }
        assertThat(archive.items()).hasSize(10 + 14 + 12 + 9);
        for (PublishedItem item : archive.items()) {
            page(item.meeting().council().id() + "/" + item.meeting().meeting().date() + "/"
                    + item.item().number().replace('.', '-'));
        }
        for (Topic topic : archive.topics()) {
            page("emner/" + topic.id());
        }
        assertThat(archive.people()).hasSizeGreaterThan(60);
        for (Person person : archive.people()) {
            page("personer/" + person.id());
        }
        for (var council : archive.councils()) {
            page(council.id());
            for (String municipality : council.municipalities()) {
                page("kommuner/" + Slugs.of(municipality));
            }
        }
        for (Party party : archive.parties()) {
            page("partier/" + Slugs.of(party.letter()));
        }
        for (String index : new String[] {"", "emner", "personer", "kommuner", "partier", "moeder"}) {
            page(index);
        }
        assertThat(site.resolve("404.html")).isRegularFile();
    }

    @Test
    void everyInternalLinkAndAssetResolves() throws IOException {
        LinkChecker checker = new LinkChecker(site, "/");
        assertThat(checker.htmlFiles()).hasSize(result.pages());
        assertThat(checker.brokenLinks()).isEmpty();
    }

    @Test
    void theMeetingPageShowsDateKindPlaceAndAttendance() throws IOException {
        Document meeting = page("midtjylland/2024-09-06");
        assertThat(meeting.select("html").attr("lang")).isEqualTo("da");
        assertThat(meeting.select(".when").text()).isEqualTo("Fredag 6. september 2024 kl. 10.00");
        assertThat(meeting.select("h1").text()).contains("Referat");
        assertThat(meeting.select(".facts").text()).contains("Scandic, Udgårdsvej 2, 8600 Silkeborg");
        assertThat(meeting.select(".attendance-summary").text()).isEqualTo("24 deltog · 13 afbud · 3 gæster");
        assertThat(meeting.select(".agenda > li")).hasSize(10);
        assertThat(meeting.select(".decision-excerpt")).hasSize(10);
        assertThat(meeting.select("a[rel=prev]").attr("href")).isEqualTo("../../midtjylland/2024-06-18/index.html");
    }

    @Test
    void anAgendaSaysThatAttendanceIsNotRecorded() throws IOException {
        Document agenda = page("hovedstaden/2024-09-06");
        assertThat(agenda.select(".attendance").text()).contains("oplyser ikke, hvem der deltog");
        assertThat(agenda.select(".decision-excerpt")).isEmpty();
    }

    @Test
    void theItemPageSetsTheDecisionApartAndListsItsTopics() throws IOException {
        Document item = page("midtjylland/2024-09-06/3-4");
        assertThat(item.select("h1").text()).isEqualTo("3.4 Klimaalliancen og status på indsatser");
        assertThat(item.select("section.decision h2").text()).isEqualTo("Beslutning");
        assertThat(item.select(".topics a").eachText()).contains("Klimaalliancen");
        assertThat(item.select(".breadcrumbs a").eachText())
                .containsExactly("Forside", "KKR Midtjylland", "6. september 2024");
    }

    @Test
    void aSubstituteLinksToThePersonSubstitutedUnderTheAliasedName() throws IOException {
        Document meeting = page("nordjylland/2024-09-20");
        assertThat(meeting.select(".substitute a").eachAttr("href"))
                .contains("../../personer/birgit-stenbak-hansen/index.html");
        Document birgit = page("personer/birgit-stenbak-hansen");
        assertThat(birgit.select(".attendance-summary").text()).isEqualTo("Deltog i 0 af 1 møde med referat.");
    }

    @Test
    void thePersonPageLinksTheMeetingAttended() throws IOException {
        Document ib = page("personer/ib-lauritsen");
        assertThat(ib.select("table.appearances a").eachAttr("href")).contains("../../midtjylland/2024-09-06/index.html");
        assertThat(ib.select(".lead").text()).contains("Venstre (V)", "Ikast-Brande");
    }

    @Test
    void theTopicPageListsItemsAcrossCouncils() throws IOException {
        Document topic = page("emner/klimaalliancen");
        assertThat(topic.select(".item-list a.item-title").eachAttr("href")).contains(
                "../../hovedstaden/2024-09-06/3-7/index.html",
                "../../midtjylland/2024-09-06/3-4/index.html",
                "../../nordjylland/2024-09-20/2-2/index.html");
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
        Path second = dir.resolve("second");
        BuildResult again = new Arkiv().build(TestSites.request(content(), second));
        assertThat(again.succeeded()).isTrue();
        assertThat(digests(second)).isEqualTo(digests(site));
    }

    @Test
    void theBuildDoesNotChangeTheContent() throws IOException {
        assertThat(digests(content())).isEqualTo(contentBefore);
    }

    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

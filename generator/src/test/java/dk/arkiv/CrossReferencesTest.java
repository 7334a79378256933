package dk.arkiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the link stage connects in the sample archive, seen on the built pages. */
class CrossReferencesTest {

    /** Site paths of the links in the part of the page that {@code selector} picks, made absolute. */
    private static List<String> links(String page, String selector) {
        Document document = SampleSite.page(page);
        return document.select(selector).select("a[href]").stream()
                .map(a -> a.absUrl("href").replace("https://kkr.example.dk/", "/").replace("index.html", ""))
                .distinct()
                .toList();
    }

    @Test
    void theTopicPageLinksTheKlimaalliancenItemsOfAllThreeCouncils() {
        assertThat(links("emner/klimaalliancen/", ".item-list")).contains(
                "/hovedstaden/2024-09-06/3-7/", "/midtjylland/2024-09-06/3-4/", "/nordjylland/2024-09-20/2-2/");
    }

    @Test
    void theHovedstadenGroentDanmarkItemLinksTheOtherTwoCouncilsItems() {
        assertThat(links("hovedstaden/2024-09-06/3-8/", ".same-matter a.item-title"))
                .containsExactly("/midtjylland/2024-09-06/3-3/", "/nordjylland/2024-09-20/2-3/");
    }

    @Test
    void theSameMatterGroupsOfTheSeedsAreFound() {
        assertThat(links("midtjylland/2024-09-06/3-4/", ".same-matter a.item-title"))
                .containsExactly("/hovedstaden/2024-09-06/3-7/", "/nordjylland/2024-09-20/2-2/");
        assertThat(links("nordjylland/2024-09-20/2-8/", ".same-matter a.item-title"))
                .containsExactly("/hovedstaden/2024-09-06/3-5/", "/midtjylland/2024-09-06/3-2/");
    }

    @Test
    void sameMatterShowsEachCouncilsDecision() {
        Document item = SampleSite.page("nordjylland/2024-09-20/2-3/");
        assertThat(item.select(".same-matter .council").eachText()).containsExactly("KKR Hovedstaden", "KKR Midtjylland");
        assertThat(item.select(".same-matter li").get(1).select(".decision-excerpt").text())
                .contains("KKR Midtjylland tog orienteringen til efterretning");
        assertThat(item.select(".same-matter li").get(0).text()).contains("Ingen beslutning endnu");
    }

    @Test
    void itemsThatOnlyShareAStandardTitleAreNotTheSameMatterAcrossCouncils() {
        assertThat(SampleSite.page("midtjylland/2024-09-06/2-1/").select(".same-matter")).isEmpty();
        assertThat(SampleSite.page("hovedstaden/2024-09-06/1-1/").select(".same-matter")).isEmpty();
    }

    @Test
    void theApprovalOfMinutesLinksTheMeetingItApproves() {
        assertThat(links("midtjylland/2024-09-06/1-1/", "main .section")).contains("/midtjylland/2024-06-18/");
    }

    @Test
    void pointsForTheNextMeetingLinkTheNextMeeting() {
        assertThat(links("midtjylland/2024-06-18/6-1/", "main")).contains("/midtjylland/2024-09-06/");
    }

    @Test
    void anItemReferenceLinksTheItemOfTheSameMeeting() {
        Document item = SampleSite.page("midtjylland/2024-09-06/2-1/");
        assertThat(item.select("main .section a:contains(punkt 3.1)").eachAttr("abs:href"))
                .containsExactly("https://kkr.example.dk/midtjylland/2024-09-06/3-1/index.html");
    }

    @Test
    void aReferenceToAnExternalAgreementsPointStaysText() {
        Document item = SampleSite.page("hovedstaden/2024-09-06/3-6/");
        assertThat(item.select("main .section").text()).contains("pkt. 5.5");
        assertThat(item.select("main .section a:contains(pkt. 5.5)")).isEmpty();
    }

    @Test
    void unresolvedReferencesAreListedAsNotesWithTheirLines() {
        assertThat(SampleSite.result().diagnostics()).extracting(Object::toString).anySatisfy(d -> assertThat(d).endsWith(
                "content/meetings/nordjylland/2024-09-20.md:124:28: note: 'KKR Nordjyllands møde den 21. juni 2024'"
                        + " refers to nothing in the archive, so it is not linked"));
    }

    @Test
    void aRecurringItemLinksItsEarlierAndLaterOccurrences() {
        assertThat(links("midtjylland/2024-09-06/1-1/", ".occurrences")).containsExactly("/midtjylland/2024-06-18/1-1/");
        assertThat(links("midtjylland/2024-06-18/7-1/", ".occurrences")).containsExactly("/midtjylland/2024-09-06/7-1/");
    }

    @Test
    void thePersonPageLinksTheMeetingHeAttendedAndCountsAttendance() {
        Document ib = SampleSite.page("personer/ib-lauritsen/");
        assertThat(links("personer/ib-lauritsen/", "table.appearances")).contains("/midtjylland/2024-09-06/");
        assertThat(ib.select(".attendance-summary").text()).isEqualTo("Deltog i 1 af 1 møde med referat.");
    }

    @Test
    void aSubstituteIsShownAsStandingInForTheAliasedPerson() {
        Document peter = SampleSite.page("personer/peter-e-nielsen/");
        assertThat(links("personer/peter-e-nielsen/", "table.appearances td")).contains("/personer/birgit-stenbak-hansen/");
        assertThat(peter.select("table.appearances").text()).contains("suppleant for Birgit Stenbak Hansen");
    }
}

package dk.arkiv;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.render.Templates;
import dk.arkiv.write.MemorySite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server plans again only the pages a save touches. After every kind of edit, the site
 * it holds must be byte for byte the site a fresh build of the same content gives.
 */
class IncrementalPreviewTest {
    @TempDir
    Path dir;
    Path content;
    final MemorySite site = new MemorySite();
    final PreviewState state = new PreviewState();
    Path templates = TestSites.templates();

    @BeforeEach
    void setUp() throws IOException {
        content = TestSites.copyOfSample(dir);
        assertThat(build(site, state).result().succeeded()).isTrue();
    }

    private Arkiv.Preview build(MemorySite into, PreviewState with) {
        return build(into, with, false);
    }

    private Arkiv.Preview build(MemorySite into, PreviewState with, boolean templatesChanged) {
        BuildRequest request = new BuildRequest(content, templates, dir.resolve("unused"),
                Optional.of("http://127.0.0.1:8000/"), true, TestSites.NOW);
        return new Arkiv().preview(request, into, with, templatesChanged);
    }

    /** Saves an edit (the first occurrence of {@code before} replaced), rebuilds incrementally, and compares every file with a fresh build. */
    private Arkiv.Preview edit(String file, String before, String after) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("the text to edit in " + file).contains(before);
        Files.writeString(path, text.replaceFirst(Pattern.quote(before), Matcher.quoteReplacement(after)));
        return rebuiltAsFresh();
    }

    private Arkiv.Preview rebuiltAsFresh() {
        Arkiv.Preview incremental = build(site, state);
        assertThat(incremental.result().succeeded()).as(incremental.result().diagnostics().toString()).isTrue();
        MemorySite fresh = new MemorySite();
        Arkiv.Preview freshBuild = build(fresh, new PreviewState());
        assertThat(freshBuild.result().succeeded()).isTrue();
        assertThat(incremental.result().diagnostics()).as("notes, e.g. references to nothing")
                .isEqualTo(freshBuild.result().diagnostics());
        assertThat(site.paths()).isEqualTo(fresh.paths());
        List<String> differing = new ArrayList<>();
        for (String path : fresh.paths()) {
            if (!new String(site.file(path).orElseThrow(), StandardCharsets.UTF_8)
                    .equals(new String(fresh.file(path).orElseThrow(), StandardCharsets.UTF_8))) {
                differing.add(path);
            }
        }
        assertThat(differing).as("files that differ from a fresh build").isEmpty();
        return incremental;
    }

    @Test
    void templatesAreKeptFromSaveToSaveAndReadAgainWhenOneChanges() throws IOException {
        templates = TestSites.copyOfTemplates(dir);
        assertThat(build(site, state, true).result().succeeded()).isTrue();
        Templates parsed = state.templates(templates, false);

        edit("meetings/midtjylland/2024-09-06.md", "### Beslutning\n", "### Beslutning\n\nDrøftet.\n");
        assertThat(state.templates(templates, false)).as("the same templates after a save").isSameAs(parsed);

        Path layout = templates.resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("<head>", "<head>\n<meta name=\"arkiv-test\">"));
        Arkiv.Preview changed = build(site, state, true);
        assertThat(changed.result().succeeded()).isTrue();
        assertThat(changed.rendered()).as("every page, in the new layout").isEqualTo(changed.result().pages());
        assertThat(new String(site.file("index.html").orElseThrow(), StandardCharsets.UTF_8))
                .contains("<meta name=\"arkiv-test\">");
        assertThat(state.templates(templates, false)).isNotSameAs(parsed);

        // A save after the change renders its pages in the new layout too, as a fresh build would.
        Arkiv.Preview saved = edit("meetings/midtjylland/2024-09-06.md", "Drøftet.", "Drøftet grundigt.");
        assertThat(saved.rendered()).isPositive();
    }

    @Test
    void anAttachmentFileListedOrNoLongerListedIsPublishedOrRemoved() throws IOException {
        TestSites.write(content.resolve("files/2024/rammeaftale.pdf"), "%PDF rammeaftale");
        assertThat(build(site, state).result().succeeded()).isTrue();
        assertThat(site.paths()).doesNotContain("files/2024/rammeaftale.pdf");

        edit("meetings/hovedstaden/2024-09-06.md", "{title: \"Rammeaftale 2025-2026\"}",
                "{title: \"Rammeaftale 2025-2026\", file: files/2024/rammeaftale.pdf}");
        assertThat(site.paths()).contains("files/2024/rammeaftale.pdf");
        edit("meetings/hovedstaden/2024-09-06.md", ", file: files/2024/rammeaftale.pdf}", "}");
        assertThat(site.paths()).doesNotContain("files/2024/rammeaftale.pdf");
    }

    @Test
    void aChangedDecisionRendersFewPagesAndTheSiteIsAsAFreshBuild() throws IOException {
        Arkiv.Preview preview = edit("meetings/midtjylland/2024-09-06.md", "### Beslutning\n",
                "### Beslutning\n\nEn rettelse til beslutningen.\n");
        assertThat(preview.rendered()).isPositive().isLessThan(preview.result().pages() / 4);
    }

    @Test
    void placeKindAttendanceAndNamesChangeListsAndPeoplePages() throws IOException {
        String file = "meetings/midtjylland/2024-09-06.md";
        edit(file, "place: \"Scandic, Udgårdsvej 2, 8600 Silkeborg\"", "place: \"Rådhuset, Silkeborg\"");
        edit(file, "kind: referat\n", "kind: dagsorden\n");
        edit(file, "kind: dagsorden\n", "kind: referat\n");
        edit(file, "{name: Lone Jakobi, party: A, municipality: Odder}",
                "{name: Lone Jakobi, party: F, municipality: Aarhus}");
        edit(file, "{name: Torben Hansen,", "{name: Torben Hanssen,");
        edit(file, "{name: Torben Hanssen,", "{name: Torben Hansen,");
        edit(file, "  - {name: Marcel Meijer, party: A, municipality: Samsø}\n", "");
        edit(file, "{name: Per Urban Olsen, party: C, municipality: Samsø}",
                "{name: Per Urban Olsen, party: C, municipality: Samsø, substitute_for: Martin Jacobsen}");
        edit(file, "  - {name: Helle Gade, party: A, municipality: Silkeborg}\n", "");
        edit(file, "attendees:\n", "attendees:\n  - {name: Helle Gade, party: A, municipality: Silkeborg}\n");
    }

    @Test
    void titlesAndTopicsChangeTopicPagesAndTheSameMatterElsewhere() throws IOException {
        String agenda = "meetings/midtjylland/2024-06-18.md";
        edit(agenda, "    title: Økonomiaftale 2025\n", "    title: Økonomiaftale for kommunerne 2025\n");
        edit(agenda, "    title: Landstallet for flygtning 2025\n",
                "    title: Landstallet for flygtning 2025\n    topics: [beskaeftigelse]\n");
        edit(agenda, "    topics: [beskaeftigelse]\n", "    topics: [beskaeftigelse, sosu-laerepladser]\n");
        edit("meetings/hovedstaden/2024-09-06.md", "title: ", "title: Klimaalliancen og ");
    }

    @Test
    void sameAsAloneChangesTheSameMatterElsewhereAndATextAloneOnlyTheMeetingsOwnPages() throws IOException {
        String file = "meetings/hovedstaden/2024-09-06.md";
        String item = "    title: Godkendelse af referat\n";
        String linked = item + "    same_as: [midtjylland/2024-09-06/3.3]\n";
        assertThat(site.file("midtjylland/2024-09-06/3-3/index.html").map(String::new).orElseThrow())
                .doesNotContain("Godkendelse af referat");
        edit(file, item, linked);
        assertThat(site.file("midtjylland/2024-09-06/3-3/index.html").map(String::new).orElseThrow())
                .as("the other council's item now names this one").contains("Godkendelse af referat");
        edit(file, linked, item);
        Arkiv.Preview textOnly = edit(file, "### Baggrund\n", "### Baggrund\n\nEn ny sætning.\n");
        assertThat(textOnly.rendered()).as("one item page").isEqualTo(1);
    }

    @Test
    void aReferenceToAnItemThatIsRenumberedIsNotedAsAFreshBuildNotesIt() throws IOException {
        Arkiv.Preview before = edit("meetings/hovedstaden/2024-09-06.md", "### Baggrund\n",
                "### Baggrund\n\nSe pkt. 1.1 og mødet den 20. september 2024 i KKR Nordjylland.\n");
        assertThat(before.result().diagnostics().toString()).doesNotContain("'pkt. 1.1'");
        Path file = content.resolve("meetings/hovedstaden/2024-09-06.md");
        Files.writeString(file, Files.readString(file).replace("number: \"1.1\"", "number: \"1.9\"")
                .replace("## 1.1. ", "## 1.9. "));
        Arkiv.Preview after = rebuiltAsFresh();
        assertThat(after.result().diagnostics().toString()).contains("'pkt. 1.1' refers to nothing");
    }

    @Test
    void aReferenceToAMeetingResolvesWhenTheMeetingIsAddedAndNotAfterItIsRemoved() throws IOException {
        String note = "'KKR Nordjyllands møde den 21. juni 2024' refers to nothing";
        assertThat(build(site, state).result().diagnostics().toString()).contains(note);
        String minutes = Files.readString(content.resolve("meetings/nordjylland/2024-09-20.md"));
        Path added = content.resolve("meetings/nordjylland/2024-06-21.md");
        Files.writeString(added, minutes.replace("2024-09-20", "2024-06-21"));
        assertThat(rebuiltAsFresh().result().diagnostics().toString()).doesNotContain(note);
        Files.delete(added);
        assertThat(rebuiltAsFresh().result().diagnostics().toString()).contains(note);
    }

    @Test
    void aSaveWithAnErrorKeepsTheSiteAndTheNextSaveCatchesUp() throws IOException {
        Path file = content.resolve("meetings/midtjylland/2024-09-06.md");
        String good = Files.readString(file);
        Files.writeString(file, good.replaceFirst("place: ", "place: [").replace("### Beslutning\n", "### Beslutning\n\nÆndret.\n"));
        assertThat(build(site, state).result().succeeded()).isFalse();
        Files.writeString(file, good.replace("### Beslutning\n", "### Beslutning\n\nÆndret.\n"));
        rebuiltAsFresh();
    }

    @Test
    void addingAndRemovingAMeetingOrChangingATopicRebuildsWhatTheyTouch() throws IOException {
        String minutes = Files.readString(content.resolve("meetings/nordjylland/2024-09-20.md"));
        Path added = content.resolve("meetings/nordjylland/2024-11-01.md");
        Files.writeString(added, minutes.replace("2024-09-20", "2024-11-01"));
        rebuiltAsFresh();
        Files.delete(added);
        rebuiltAsFresh();
        Path topic = content.resolve("topics/klimaalliancen.md");
        Files.writeString(topic, Files.readString(topic) + "\nEn ny sætning om alliancen.\n");
        rebuiltAsFresh();
    }

    /** A decision on many pages is rendered once per build, and again on the next save where it names a meeting. */
    @Test
    void aDecisionNamingAMeetingIsLinkedOnceTheMeetingIsAddedAndUnlinkedWhenItIsRemoved() throws IOException {
        String minutes = "meetings/nordjylland/2024-09-20.md";
        edit(minutes, "### Beslutning\n", "### Beslutning\n\nSom aftalt på KKR Nordjyllands møde den 21. juni 2024.\n");
        Path added = content.resolve("meetings/nordjylland/2024-06-21.md");
        Files.writeString(added, Files.readString(content.resolve(minutes)).replace("2024-09-20", "2024-06-21"));
        rebuiltAsFresh();
        Files.delete(added);
        rebuiltAsFresh();
    }

    /** A meeting added or removed is linked from the texts of every council that names it, not only from its neighbours'. */
    @Test
    void aMeetingAddedOrRemovedIsLinkedAndUnlinkedFromOtherCouncilsTexts() throws IOException {
        String other = "meetings/hovedstaden/2024-09-06.md";
        edit(other, "### Baggrund\n", "### Baggrund\n\nSom drøftet på KKR Nordjyllands møde den 21. juni 2024.\n");
        edit("meetings/midtjylland/2024-09-06.md", "### Beslutning\n", "### Beslutning\n\nSom besluttet på KKR Nordjyllands møde den 21. juni 2024.\n");
        Path added = content.resolve("meetings/nordjylland/2024-06-21.md");
        Files.writeString(added, Files.readString(content.resolve("meetings/nordjylland/2024-09-20.md"))
                .replace("2024-09-20", "2024-06-21"));
        rebuiltAsFresh();
        Files.delete(added);
        rebuiltAsFresh();
    }

    /** "Jf. punkt 1.1" in a later item links elsewhere, or nowhere, once the items are numbered anew. */
    @Test
    void renumberedItemsRelinkTheReferencesOfTheMeetingsOtherItems() throws IOException {
        String file = "meetings/nordjylland/2024-09-20.md";
        String text = Files.readString(content.resolve(file));
        int last = text.lastIndexOf("### Beslutning\n");
        Files.writeString(content.resolve(file), text.substring(0, last) + "### Beslutning\n\nJf. punkt 1.1.\n"
                + text.substring(last + "### Beslutning\n".length()));
        assertThat(rebuiltAsFresh().result().diagnostics().toString()).doesNotContain("'punkt 1.1'");
        Path path = content.resolve(file);
        Files.writeString(path, Files.readString(path).replace("number: \"1.1\"", "number: \"1.9\"")
                .replace("## 1.1. ", "## 1.9. "));
        assertThat(rebuiltAsFresh().result().diagnostics().toString()).contains("'punkt 1.1' refers to nothing");
    }

    /** A meeting made a draft leaves the site as if removed, and comes back when published again. */
    @Test
    void aMeetingMadeADraftAndPublishedAgainIsRemovedAndAdded() throws IOException {
        String file = "meetings/midtjylland/2024-06-18.md";
        edit(file, "council: midtjylland\n", "council: midtjylland\ndraft: true\n");
        assertThat(site.paths()).noneMatch(path -> path.startsWith("midtjylland/2024-06-18/"));
        edit(file, "draft: true\n", "");
        assertThat(site.paths()).contains("midtjylland/2024-06-18/index.html");
    }

    /** A new date is a new file name: the meeting is removed and another added, and that renders few pages. */
    @Test
    void aNewDateRendersTheMeetingItsNeighboursAndListsNotTheWholeSite() throws IOException {
        Path from = content.resolve("meetings/midtjylland/2024-09-06.md");
        Path to = content.resolve("meetings/midtjylland/2024-09-13.md");
        Files.writeString(to, Files.readString(from).replace("date: 2024-09-06", "date: 2024-09-13"));
        Files.delete(from);
        Arkiv.Preview preview = rebuiltAsFresh();
        assertThat(preview.rendered()).isPositive().isLessThan(preview.result().pages() / 2);
        Files.writeString(from, Files.readString(to).replace("date: 2024-09-13", "date: 2024-09-06"));
        Files.delete(to);
        rebuiltAsFresh();
    }

    /** Moved months away, a meeting's items leave the same-matter groups of other councils, and join them when moved back. */
    @Test
    void aMeetingMovedOutOfTheSameMattersWindowLeavesItsGroupsAndComesBack() throws IOException {
        Path from = content.resolve("meetings/midtjylland/2024-09-06.md");
        Path to = content.resolve("meetings/midtjylland/2025-03-06.md");
        String item = "hovedstaden/2024-09-06/3-6/index.html";
        assertThat(new String(site.file(item).orElseThrow(), StandardCharsets.UTF_8)).contains("midtjylland/2024-09-06");
        Files.writeString(to, Files.readString(from).replace("date: 2024-09-06", "date: 2025-03-06"));
        Files.delete(from);
        rebuiltAsFresh();
        assertThat(new String(site.file(item).orElseThrow(), StandardCharsets.UTF_8)).doesNotContain("midtjylland/2025-03-06");
        Files.writeString(from, Files.readString(to).replace("date: 2025-03-06", "date: 2024-09-06"));
        Files.delete(to);
        rebuiltAsFresh();
        assertThat(new String(site.file(item).orElseThrow(), StandardCharsets.UTF_8)).contains("midtjylland/2024-09-06");
    }

    @Test
    void kindSavesInLongListsChangeTheirYearsPagesAsAFreshBuildWould() throws IOException {
        TestSites.addLongLists(content);
        rebuiltAsFresh();
        assertThat(site.paths()).contains("emner/klimaalliancen/2011/index.html", "partier/a/2011/index.html",
                "kommuner/albertslund/2011/index.html");
        edit("meetings/hovedstaden/2011-01-05.md", "kind: referat\n", "kind: dagsorden\n");
        edit("meetings/hovedstaden/2020-01-05.md", "kind: referat\n", "kind: dagsorden\n");
        edit("meetings/hovedstaden/2020-01-05.md", "municipality: Albertslund", "municipality: Ballerup");
        // The only attendee of 2005 is taken off: party A's and Albertslund's lists of years change on every page.
        edit("meetings/hovedstaden/2005-06-01.md", "  - {name: Anna Arkivsen, party: A, municipality: Albertslund}\n",
                "  - {name: Bo Arkivsen, party: B, municipality: Ballerup}\n");
        // A topic added to an item in an older year, and one taken away, which moves the split by year.
        edit("meetings/hovedstaden/2012-01-05.md", "topics: [klimaalliancen]", "topics: [klimaalliancen, groent-danmark]");
        edit("meetings/hovedstaden/2012-01-05.md", "Godkendt.", "Godkendt uden bemærkninger.");
        for (String date : List.of("2011-01-12", "2020-01-05", "2020-01-12", "2020-01-19")) {
            Path file = content.resolve("meetings/hovedstaden/" + date + ".md");
            Files.writeString(file, Files.readString(file).replace("Klimaalliancen, status", "Status")
                    .replace("[klimaalliancen]", "[groent-danmark]"));
            rebuiltAsFresh();
        }
        for (int i = 0; i < TestSites.LONG_LISTS_MEETINGS_A_YEAR; i++) {
            Files.delete(content.resolve("meetings/hovedstaden/" + java.time.LocalDate.of(2011, 1, 5).plusDays(7L * i) + ".md"));
        }
        rebuiltAsFresh();
        assertThat(site.paths()).doesNotContain("emner/klimaalliancen/2011/index.html");
    }

    /**
     * Meetings added to and removed from long lists: in a year that has a page of its own, in a year
     * that had none, a new date in the same year, and the only meeting of a year taken away.
     */
    @Test
    void meetingsAddedAndRemovedInLongListsChangeTheirYearsPagesAsAFreshBuildWould() throws IOException {
        TestSites.addLongLists(content);
        rebuiltAsFresh();
        Path year2005 = content.resolve("meetings/hovedstaden/2005-06-01.md");
        String meeting = Files.readString(year2005);
        Path extra2012 = content.resolve("meetings/hovedstaden/2012-12-30.md");
        Files.writeString(extra2012, meeting.replace("2005-06-01", "2012-12-30"));
        Arkiv.Preview added = rebuiltAsFresh();
        assertThat(added.rendered()).as("not every year of every long list").isLessThan(40);
        Path year2008 = content.resolve("meetings/hovedstaden/2008-03-03.md");
        Files.writeString(year2008, meeting.replace("2005-06-01", "2008-03-03"));
        rebuiltAsFresh();
        assertThat(site.paths()).contains("emner/klimaalliancen/2008/index.html", "partier/a/2008/index.html");
        Files.writeString(content.resolve("meetings/hovedstaden/2012-12-31.md"),
                Files.readString(extra2012).replace("2012-12-30", "2012-12-31"));
        Files.delete(extra2012);
        rebuiltAsFresh();
        Files.delete(year2005);
        rebuiltAsFresh();
        assertThat(site.paths()).doesNotContain("emner/klimaalliancen/2005/index.html", "partier/a/2005/index.html");
    }
}

package dk.arkiv.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import dk.arkiv.content.ContentLoader;
import dk.arkiv.link.ArchiveLinker;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Section;
import dk.arkiv.site.DanishDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    @Test
    void proseIsRenderedAsParagraphsWithItsTextEscaped() {
        assertThat(new MarkdownRenderer().toHtml("Første linje\nanden \"linje\" > tre.\n\n\nNyt afsnit."))
                .isEqualTo("<p>Første linje\nanden &quot;linje&quot; &gt; tre.</p>\n<p>Nyt afsnit.</p>\n");
    }

    @Test
    void tightListsAreRenderedAsLists() {
        assertThat(new MarkdownRenderer().toHtml("Fokusområder:\n- Randers Kommune\n- Familie > netværk\n\nSlut."))
                .isEqualTo("<p>Fokusområder:</p>\n<ul>\n<li>Randers Kommune</li>\n<li>Familie &gt; netværk</li>\n</ul>\n<p>Slut.</p>\n");
        assertThat(Prose.html("- et\n\n- to")).as("a loose list").isNull();
        assertThat(Prose.html("- et\nfortsat")).as("an item continued on the next line").isNull();
        assertThat(Prose.html("- et\n- to\n\nSlut.\n\n- tre")).as("two lists")
                .isEqualTo("<ul>\n<li>et</li>\n<li>to</li>\n</ul>\n<p>Slut.</p>\n<ul>\n<li>tre</li>\n</ul>\n");
    }

    /** Whenever a text is rendered as prose, the HTML is what parsing gives, for random texts of prose and markup alike. */
    @Test
    void proseIsRenderedAsTheParserRendersIt() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        int prose = 0;
        int lists = 0;
        for (String markdown : RandomMarkdown.texts(20261123, 40_000)) {
            String html = Prose.html(markdown);
            if (!markdown.isBlank() && html != null) {
                prose++;
                lists += html.contains("<ul>") ? 1 : 0;
                String parsed = renderer.parsedHtml(markdown, Optional.empty());
                assertThat(html).as(markdown).isEqualTo(parsed);
                assertThat(renderer.toHtml(markdown)).as(markdown).isEqualTo(parsed);
            }
        }
        assertThat(prose).isGreaterThan(1_000);
        assertThat(lists).isGreaterThan(300);
    }

    /** The sample archive's texts, references to its meetings and items among them, rendered in their meetings. */
    @Test
    void theSampleArchiveRendersAsParsed() {
        LinkedArchive archive = new ArchiveLinker().link(
                new ContentLoader().load(TestSites.repository().resolve("content")).archive(), TestSites.NOW);
        MarkdownRenderer renderer = new MarkdownRenderer(archive, false);
        List<String> withReferences = new ArrayList<>();
        int prose = 0;
        for (PublishedMeeting meeting : archive.meetings()) {
            for (PublishedItem item : archive.itemsOf(meeting)) {
                List<String> texts = new ArrayList<>(List.of(item.item().introduction(),
                        "Som besluttet på mødet den " + DanishDates.date(meeting.meeting().date())
                                + ", jf. punkt " + item.item().number() + "."));
                item.item().sections().stream().map(Section::markdown).forEach(texts::add);
                for (String markdown : texts) {
                    String html = renderer.toHtml(markdown, Optional.of(meeting.key()));
                    assertThat(html).as(markdown).isEqualTo(markdown.isBlank() ? ""
                            : renderer.parsedHtml(markdown, Optional.of(meeting)));
                    if (html.contains("<a ")) {
                        withReferences.add(markdown);
                    }
                    prose += Prose.html(markdown) != null ? 1 : 0;
                }
            }
        }
        assertThat(prose).isGreaterThan(10);
        assertThat(withReferences).isNotEmpty();
    }
}

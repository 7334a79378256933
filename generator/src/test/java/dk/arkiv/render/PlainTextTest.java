package dk.arkiv.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import dk.arkiv.content.ContentLoader;
import dk.arkiv.model.Item;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    private final PlainText plainText = new PlainText();

    @Test
    void markupLinkTargetsAndHtmlAreLeftOut() {
        assertThat(plainText.of("Se **referatet** fra [mødet](https://kl.dk/m) <em>i går</em>.\n\n- et\n- to"))
                .isEqualTo("Se referatet  fra mødet  i går. et to");
    }

    @Test
    void proseParagraphsAreJoinedBySpaces() {
        assertThat(plainText.of("Første linje\nanden linje.\n\n  \nNyt afsnit.\n")).isEqualTo("Første linje anden linje. Nyt afsnit.");
    }

    @Test
    void textThatMayHoldMarkupIsParsed() {
        for (String markdown : List.of("1. punkt", "- et\n\n- to", "- et\nfortsat", "Et *ord*", "A &amp; B", "Linje  \nnæste", " Indrykket",
                "Titel\n===", "a\\*b", "Kode `x`", "Se <https://kl.dk>", "# Overskrift", "Linje\n    indrykket")) {
            assertThat(PlainText.ofProse(markdown)).as(markdown).isNull();
        }
    }

    /** Whenever the shortcut takes a text, it gives what parsing gives, for random texts of prose and markup alike. */
    @Test
    void theProseShortcutAgreesWithTheParser() {
        int taken = 0;
        for (String markdown : RandomMarkdown.texts(20261123, 40_000)) {
            String prose = PlainText.ofProse(markdown);
            if (prose != null && !markdown.isBlank()) {
                taken++;
                assertThat(prose).as(markdown).isEqualTo(plainText.parsed(markdown));
            }
        }
        assertThat(taken).isGreaterThan(1_000);
    }

    @Test
    void theProseShortcutAgreesWithTheParserOnTheSampleArchive() {
        List<String> texts = new ArrayList<>();
        for (Meeting meeting : new ContentLoader().load(TestSites.repository().resolve("content")).archive().meetings()) {
            for (Item item : meeting.items()) {
                texts.add(item.introduction());
                item.sections().stream().map(Section::markdown).forEach(texts::add);
            }
        }
        int taken = 0;
        for (String markdown : texts) {
            String prose = PlainText.ofProse(markdown);
            if (prose != null && !markdown.isBlank()) {
                taken++;
                assertThat(prose).as(markdown).isEqualTo(plainText.parsed(markdown));
            }
        }
        assertThat(taken).isGreaterThan(10);
    }
}

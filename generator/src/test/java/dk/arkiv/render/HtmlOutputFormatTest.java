package dk.arkiv.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The faster HTML escape must write exactly what Freemarker's own HTML format writes. */
class HtmlOutputFormatTest {
    private static final String ALPHABET = "aæøå ZÆØÅ<>&\"'\n\t;#–’€\u00a0\u2028\uD83D\uDE00";

    @Test
    void escapesEveryTextAsFreemarkersHtmlFormatDoes() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", "plain", "<", "a<b", "<<>>", "Tom & Jerry's \"show\"",
                "ends with &", "&amp; stays escaped once more", "æøå – €"));
        Random random = new Random(20261123);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(40); length > 0; length--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(output(HtmlOutputFormat.INSTANCE, text)).as(text).isEqualTo(output(HTMLOutputFormat.INSTANCE, text));
            assertThat(HtmlOutputFormat.INSTANCE.escapePlainText(text)).as(text)
                    .isEqualTo(HTMLOutputFormat.INSTANCE.escapePlainText(text));
        }
    }

    @Test
    void itsMarkupPrintsInTemplatesOfItsFormat() throws Exception {
        var markup = HtmlOutputFormat.INSTANCE.fromMarkup("<b>x</b>");
        assertThat(markup.getOutputFormat()).isSameAs(HtmlOutputFormat.INSTANCE);
        var joined = HtmlOutputFormat.INSTANCE.concat(markup, HtmlOutputFormat.INSTANCE.fromPlainTextByEscaping("<i>"));
        assertThat(joined.getOutputFormat()).isSameAs(HtmlOutputFormat.INSTANCE);
        assertThat(HtmlOutputFormat.INSTANCE.getMarkupString(joined)).isEqualTo("<b>x</b>&lt;i&gt;");
    }

    private static String output(HTMLOutputFormat format, String text) throws Exception {
        StringWriter out = new StringWriter();
        format.output(text, out);
        return out.toString();
    }
}

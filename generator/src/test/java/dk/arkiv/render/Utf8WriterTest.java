package dk.arkiv.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    /** ASCII, two- and three-byte characters, valid surrogate pairs and lone halves of them. */
    private static final String ALPHABET = "aZ09 <>&\"'\næøåÆØÅé\u00ff\u0100–€\u2028\uffff\ud83d\ude00\ud800\udc00\udbff\udfff";

    @Test
    void bytesAreWhatJavaEncodesForTheWholeTextHoweverItIsCutIntoWrites() {
        Random random = new Random(17);
        for (int round = 0; round < 5_000; round++) {
            String text = randomText(random, random.nextInt(60));
            Utf8Writer writer = new Utf8Writer(random.nextInt(1, 64));
            int at = 0;
            while (at < text.length()) {
                int count = Math.min(text.length() - at, random.nextInt(1, 8));
                switch (random.nextInt(4)) {
                    case 0 -> writer.write(text, at, count);
                    case 1 -> writer.write(text.substring(at, at + count).toCharArray(), 0, count);
                    case 2 -> writer.append(text.substring(at, at + count));
                    default -> {
                        count = 1;
                        writer.write(text.charAt(at));
                    }
                }
                at += count;
            }
            assertThat(writer.toByteArray()).as("text %d: %s", round, text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void htmlTextIsEscapedAsFreemarkersHtmlFormatEscapesIt() {
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            String text = randomText(random, random.nextInt(40));
            Utf8Writer writer = new Utf8Writer(8);
            writer.write("<p>");
            writer.writeHtmlText(text);

            assertThat(writer.toByteArray()).as(text).isEqualTo(
                    ("<p>" + HTMLOutputFormat.INSTANCE.escapePlainText(text)).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void referenceLinksAreMadeRelativeInTheBytesAsInTheText() {
        Random random = new Random(5);
        String link = "href=\"" + ReferenceLinks.SCHEME;
        Utf8Writer writer = new Utf8Writer(4);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder html = new StringBuilder();
            for (int part = random.nextInt(6); part > 0; part--) {
                html.append(randomText(random, random.nextInt(20))).append(random.nextBoolean() ? link : "href=\"arkiv");
            }
            String page = html.append(randomText(random, 5)).toString();
            String prefix = random.nextBoolean() ? "../../" : "/arkiv/æ/";
            writer.reset();
            writer.write(page);

            assertThat(writer.toByteArray(link.getBytes(StandardCharsets.UTF_8), ("href=\"" + prefix).getBytes(StandardCharsets.UTF_8)))
                    .as(page).isEqualTo(page.replace(link, "href=\"" + prefix).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aResetWriterHoldsOnlyTheNextPage() {
        Utf8Writer writer = new Utf8Writer(4);
        writer.write("<p>a long first page with a lone surrogate \ud83d");
        writer.reset();
        writer.write("kort");

        assertThat(writer.toByteArray()).isEqualTo("kort".getBytes(StandardCharsets.UTF_8));
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}

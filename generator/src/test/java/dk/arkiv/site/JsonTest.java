package dk.arkiv.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void plainTextIsCopiedAsItIsDanishLettersIncluded() {
        assertThat(Json.string("Beslutning: Godkendt – KKR Sjælland, Ærø og Åbenrå")).isEqualTo(
                "\"Beslutning: Godkendt – KKR Sjælland, Ærø og Åbenrå\"");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(Json.string("a \"b\" c\\d\ne\rf\tg\u0001h")).isEqualTo("\"a \\\"b\\\" c\\\\d\\ne\\rf\\tg\\u0001h\"");
    }

    @Test
    void markupCharactersAndLineSeparatorsAreEscapedForAScriptElement() {
        assertThat(Json.string("</script><b>&\u2028\u2029")).isEqualTo(
                "\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u2029\"");
    }

    @Test
    void escapesAtTheStartAndEndAndEmptyText() {
        assertThat(Json.string("\"x\"")).isEqualTo("\"\\\"x\\\"\"");
        assertThat(Json.string("")).isEqualTo("\"\"");
    }

    @Test
    void objectsListsNumbersBooleansAndOptionals() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", 3);
        map.put("b", true);
        map.put("none", Optional.empty());
        map.put("list", List.of("a", Optional.of("b")));
        assertThat(Json.write(map)).isEqualTo("{\"n\":3,\"b\":true,\"none\":null,\"list\":[\"a\",\"b\"]}");
    }

    @Test
    void aValueWrittenToAStreamInPartsIsTheSameTextInUtf8() throws IOException {
        // Enough Danish text for many parts, with a multi-byte character on either side of part edges.
        List<JsonObject> people = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            people.add(new JsonObject().put("id", "person-" + i).put("name", "Søren Ærø Åbenrå <" + i + ">")
                    .put("memberships", List.of(new JsonObject().put("party", Optional.of("Ø")))));
        }
        JsonObject archive = new JsonObject().put("name", "KKR-arkivet").put("persons", people);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        Json.write(archive, streamed);
        String whole = Json.write(archive);
        assertThat(whole.length()).as("many parts").isGreaterThan(1_000_000);
        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(whole);
    }

    @Test
    void anOpenObjectLacksOnlyItsClosingBrace() throws IOException {
        JsonObject object = new JsonObject().put("a", 1).put("b", List.of("x"));
        ByteArrayOutputStream open = new ByteArrayOutputStream();
        Json.writeOpen(object, open);
        assertThat(open.toString(StandardCharsets.UTF_8) + "}").isEqualTo(Json.write(object));
    }

    @Test
    void aFailingStreamFailsTheWrite() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        List<String> many = java.util.Collections.nCopies(100_000, "tekst");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.write(many, broken))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void bytesAreTheEscapedTextInUtf8AsStringsEncodeIt() {
        // Every kind of character: ASCII, escapes, two and three bytes, the line separators, valid
        // surrogate pairs and lone surrogates (which UTF-8 cannot hold: String.getBytes writes '?').
        String alphabet = "aZ09 \"\\/<>&\n\r\t\u0000\u001fæøåÆØÅé\u00ff\u0100–€\u2028\u2029\uffff"
                + "\ud83d\ude00\ud800\udc00x\ud800\udfff";
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Object> value = List.of(text.toString(), new JsonObject().put(text.toString(), i));
            String expected = "[" + Json.string(text.toString()) + ",{" + Json.string(text.toString()) + ":" + i + "}]\n";

            assertThat(Json.line(value)).as("text %d", i).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }
}

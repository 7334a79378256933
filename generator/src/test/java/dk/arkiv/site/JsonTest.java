package dk.arkiv.site;

import static org.assertj.core.api.Assertions.assertThat;

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
}

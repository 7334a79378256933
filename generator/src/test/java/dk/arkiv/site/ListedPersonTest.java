package dk.arkiv.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListedPersonTest {
    private static ListedPerson named(String name) {
        return new ListedPerson(new MemberSummary("/personer/x/", name, "", "", "", "", 0, 0),
                Summaries.danishKey(name), Set.of(), Set.of(), Set.of());
    }

    @Test
    void sortsNamesAsDanishOrderDoes() {
        List<String> names = List.of("Øster Jensen", "Aage Hansen", "Anders Berg", "anders Berg", "Åse Holm",
                "Zenia Ravn", "Ærø Nielsen", "Anders Bérg", "Bo Ø", "Bo O", "Bo Aa", "Bo Å", "Bo A");
        List<String> byKey = names.stream().map(ListedPersonTest::named).sorted(ListedPerson.BY_NAME)
                .map(p -> p.summary().name()).toList();
        assertThat(byKey).isEqualTo(names.stream().sorted(Summaries.danishOrder()).toList());
        assertThat(byKey.indexOf("Zenia Ravn")).as("æ, ø and å come after z").isLessThan(byKey.indexOf("Ærø Nielsen"));
    }
}

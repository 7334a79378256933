package dk.arkiv.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How two pieces of a line-broken word are joined: given the end of one line and the next, this text. */
class HyphenationTest {
    /** Words the same document writes elsewhere without a break. */
    private static final Hyphenation HYPHENATION = new Hyphenation(Vocabulary.of(List.of(
            MarkdownResidue.clean(1, "KlimaNord-sekretariatet og Christian Frigast talte om Frigast-udvalget."),
            MarkdownResidue.clean(2, "Ansøgningen om udviklingsbidrag blev godkendt."))));

    @ParameterizedTest(name = "\"{0}\" + \"{1}\" = \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            politisk ud-           | viklingsgruppe for KlimaNord | politisk udviklingsgruppe for KlimaNord
            de mange ambitio-      | ner, og at                   | de mange ambitioner, og at
            klimakoordinatorerne Anna- | Marie Elmkær             | klimakoordinatorerne Anna-Marie Elmkær
            i perioden 2022-       | 2026 fordelt                 | i perioden 2022-2026 fordelt
            en stor del af CO2-    | udledningen i Danmark        | en stor del af CO2-udledningen i Danmark
            de to SOSU-            | uddannelser                  | de to SOSU-uddannelser
            Behovs-                | og afgangsanalyser           | Behovs- og afgangsanalyser
            med Social-            | og Boligministeriet          | med Social- og Boligministeriet
            natur-                 | eller landbrugsarealer       | natur- eller landbrugsarealer
            KlimaNord-             | sekretariatet gav            | KlimaNord-sekretariatet gav
            Frigast-               | udvalget pegede              | Frigast-udvalget pegede
            ansøgning om udviklings- | bidrag                     | ansøgning om udviklingsbidrag
            KL-                    | direktør Stine Johansen      | KL-direktør Stine Johansen
            ske aftale –           | og yderligere                | ske aftale – og yderligere
            uden bindestreg        | her                          | uden bindestreg her
            """)
    void aBreakHyphenGoesAndARealHyphenStays(String before, String after, String joined) {
        assertThat(HYPHENATION.join(before.strip(), after.strip())).isEqualTo(joined);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            KKR Hovedsta- den            | KKR Hovedstaden
            Social- og sundheds- hjælpere | Social- og sundhedshjælpere
            Dimensione- ring 2024        | Dimensionering 2024
            """)
    void aTornTableCellIsRepairedInsideOneLine(String cell, String repaired) {
        assertThat(HYPHENATION.repairInside(cell.strip())).isEqualTo(repaired);
    }

}

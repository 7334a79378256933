package dk.arkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word and stem pairs from Snowball's sample Danish vocabulary, and words of the archive. */
class DanishStemmerTest {
    private final DanishStemmer stemmer = new DanishStemmer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "indtage, indtag", "indtagelse, indtag", "indtager, indtag", "indtages, indtag", "indtaget, indtag",
        "indtil, indtil", "indtraf, indtraf", "indtræde, indtræd", "indtræffer, indtræf", "indtrængende, indtræng",
        "indtægt, indtæg", "indtægter, indtæg", "indvandrede, indvandred", "indvandret, indvandr",
        "indvendig, indvend", "indvendige, indvend", "indvendigt, indvend", "indvendingerne, indvending",
        "indvie, indvi", "indviede, indvied", "indvielse, indvi", "indvielsen, indvi",
        "indvielsesløfte, indvielsesløft", "indvielsestid, indvielsestid", "indvortes, indvort",
        "indåndede, indånded", "underste, underst", "undersåtter, undersåt", "undersøgelse, undersøg",
        "undersøgt, undersøg", "undersøgte, undersøg", "undertrykkerens, undertryk", "undertryktes, undertryk",
        "undertvungne, undertvungn", "undervejs, undervej", "underverdenen, underverden",
        "undervisningen, undervisning", "undervist, undervist", "underværker, underværk", "undfanged, undfanged",
    })
    void stemsLikeSnowball(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "klimaalliancen, klimaallianc", "klimaalliance, klimaallianc", "klimaalliancens, klimaallianc",
        "klimahandlingsplaner, klimahandlingsplan", "klimahandlingsplanerne, klimahandlingsplan",
        "klimahandlingsplan, klimahandlingsplan", "kommunerne, kommun", "kommuner, kommun",
    })
    void formsOfOneArchiveWordShareAStem(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"a, a", "kl, kl", "2024, 2024", "dgo, dgo"})
    void shortWordsAndNumbersAreLeftAsTheyAre(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }
}

package dk.arkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void wordsAreRunsOfLettersAndDigitsInLowerCase() {
        assertThat(Words.of("KKR Hovedstaden, 3. december 2024: CO₂-reduktion (pkt. 3.1)"))
                .containsExactly("kkr", "hovedstaden", "3", "december", "2024", "co", "reduktion", "pkt", "3", "1");
    }

    @Test
    void danishLettersAreKeptAndOtherAccentsDropped() {
        assertThat(Words.of("Grønt Danmark på Café Ærø, naïve RÉSUMÉ"))
                .containsExactly("grønt", "danmark", "på", "cafe", "ærø", "naive", "resume");
    }

    @Test
    void theFirstAndLastWordAreWholeAndEmptyTextHasNone() {
        assertThat(Words.of("åbning")).containsExactly("åbning");
        assertThat(Words.of("  -- ")).isEmpty();
        assertThat(Words.of("")).isEmpty();
    }

    @Test
    void lettersOutsideLatin1AreLetters() {
        assertThat(Words.of("Πόλη – Łódź")).containsExactly("πόλη", "łodź");
    }

    @Test
    void lowerCaseIsTheJdksForEveryCharacterAlone() {
        Locale danish = Locale.forLanguageTag("da");
        List<String> different = new ArrayList<>();
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            String text = String.valueOf((char) i);
            if (!new String(Words.lowerCase(text)).equals(text.toLowerCase(danish))) {
                different.add(Integer.toHexString(i));
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void lowerCaseOfCharactersThatDependOnTheirPlaceIsTheJdks() {
        Locale danish = Locale.forLanguageTag("da");
        for (String text : List.of("ΟΔΟΣ ΣΟΦΙΑ", "İSTANBUL – Ærø", "\uD801\uDC00 DESERET", "AB\uD800")) {
            assertThat(new String(Words.lowerCase(text))).as(text).isEqualTo(text.toLowerCase(danish));
        }
        assertThat(Words.of("ODOΣ İzmir")).containsExactly("odoς", "i", "zmir");
    }

    /** A document's texts are read in place as if joined by spaces: the same characters, words and terms. */
    @Test
    void textsReadAsOneAreTheirJoinedText() {
        Locale danish = Locale.forLanguageTag("da");
        Random random = new Random(7);
        String[] pieces = {"", " ", "Klimaalliancen", "ΟΔΟΣ", "İSTANBUL", "café –", "CO₂:", "\uD801\uDC00", "kommunernes", "a"};
        for (int i = 0; i < 2_000; i++) {
            List<String> texts = new ArrayList<>();
            for (int n = random.nextInt(5); n >= 0; n--) {
                texts.add(pieces[random.nextInt(pieces.length)] + " " + pieces[random.nextInt(pieces.length)]);
            }
            String joined = String.join(" ", texts);
            assertThat(new String(Words.lowerCase(texts))).as(joined).isEqualTo(joined.toLowerCase(danish));
            assertThat(new IndexTerms().of(texts)).as(joined).containsExactly(new IndexTerms().of(joined));
            assertThat(SearchIndexer.excerpt(texts)).isEqualTo(SearchIndexer.excerpt(joined));
        }
        List<String> longTexts = List.of("ord ".repeat(80), "", "ord ".repeat(80));
        assertThat(SearchIndexer.excerpt(longTexts)).isEqualTo(SearchIndexer.excerpt(String.join(" ", longTexts)))
                .endsWith("ord …");
    }

    @Test
    void indexTermsAreDistinctStemsWithoutStopWordsOrSingleLetters() {
        IndexTerms indexTerms = new IndexTerms();
        String[] terms = indexTerms.of("Kommunerne og kommunernes samarbejde i kommunerne: a b 7 Samarbejde");
        DanishStemmer stemmer = new DanishStemmer();
        assertThat(stemmer.stem("kommunernes")).isEqualTo(stemmer.stem("kommunerne"));
        assertThat(terms).containsExactly(stemmer.stem("kommunerne"), stemmer.stem("samarbejde"));
        assertThat(indexTerms.of("Samarbejde og kommunerne")).as("a second text of the same thread")
                .containsExactly(stemmer.stem("samarbejde"), stemmer.stem("kommunerne"));
    }
}

package dk.arkiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LettersTest {
    @Test
    void everyCharacterHasTheJdksAnswers() {
        List<String> different = new ArrayList<>();
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (Letters.isLetterOrDigit(c) != Character.isLetterOrDigit(c)
                    || Letters.toLowerCase(c) != Character.toLowerCase(c)
                    || Letters.lowerCaseLetterOrDigit(c) != (Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0)
                    || Character.isLetterOrDigit(c) && Character.toLowerCase(c) == 0) {
                different.add(Integer.toHexString(i));
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void theCharactersOfDanishDocumentsAreAnsweredFromTheTables() {
        assertThat(Letters.isLetterOrDigit('Ø')).isTrue();
        assertThat(Letters.toLowerCase('Å')).isEqualTo('å');
        assertThat(Letters.isLetterOrDigit('–')).isFalse();
        assertThat(Letters.isLetterOrDigit('’')).isFalse();
        assertThat(Letters.isLetterOrDigit('₂')).isFalse();
        assertThat(Letters.isLetterOrDigit('€')).isFalse();
    }
}

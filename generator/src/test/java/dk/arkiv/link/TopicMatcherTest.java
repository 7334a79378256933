package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.model.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicMatcherTest {
    private final TopicMatcher matcher = new TopicMatcher(List.of(
            new Topic("klimaalliancen", "Klimaalliancen", List.of("Klimaalliancen", "DK2020"), List.of(), ""),
            new Topic("groent-danmark", "Aftale om Grønt Danmark", List.of("Grønt Danmark", "grønnere Danmark"),
                    List.of(), ""),
            new Topic("sosu", "SOSU", List.of("SOSU"), List.of(), "")));

    @Test
    void aPhraseMatchesWholeWordsInAnyCase() {
        assertThat(matcher.topicsIn("Status for KLIMAALLIANCEN")).containsExactly("klimaalliancen");
        assertThat(matcher.topicsIn("DK2020-klimasamarbejdet")).containsExactly("klimaalliancen");
    }

    @Test
    void danishEndingsOnTheLastWordStillMatch() {
        assertThat(matcher.topicsIn("I Klimaalliancens første år")).containsExactly("klimaalliancen");
        assertThat(matcher.topicsIn("Aftale om et grønnere Danmarks fremtid")).containsExactly("groent-danmark");
    }

    @Test
    void aPhraseInsideALongerWordDoesNotMatch() {
        assertThat(matcher.topicsIn("Klimaalliancesekretariatet og SOSUskolerne")).isEmpty();
    }

    @Test
    void multiWordPhrasesNeedAllTheirWordsInOrder() {
        assertThat(matcher.topicsIn("Danmark skal være grønt")).isEmpty();
        assertThat(matcher.topicsIn("Aftale om Grønt Danmark")).containsExactly("groent-danmark");
    }

    @Test
    void hyphenatedCompoundsMatchTheirParts() {
        assertThat(matcher.topicsIn("lærepladser på SOSU-uddannelserne")).containsExactly("sosu");
    }

    @Test
    void everyTextIsSearchedButAPhraseDoesNotRunFromOneIntoTheNext() {
        assertThat(matcher.topicsIn(List.of("Status", "Klimaalliancen og SOSU"))).containsExactly("klimaalliancen", "sosu");
        assertThat(matcher.topicsIn(List.of("Aftale om Grønt", "Danmark"))).isEmpty();
    }

    @Test
    void aPhraseNeedsItsWordsSideBySide() {
        assertThat(matcher.topicsIn("Grønt og Danmark, grønt samarbejde i Danmark")).isEmpty();
        assertThat(matcher.topicsIn("Grønt, grønt Danmark")).containsExactly("groent-danmark");
    }

    @Test
    void wordsEndAtTheTextsEdgesAndAtAnyCharacterThatIsNoLetterOrDigit() {
        assertThat(matcher.topicsIn("SOSU")).containsExactly("sosu");
        assertThat(matcher.topicsIn("–SOSU–")).containsExactly("sosu");
        assertThat(matcher.topicsIn("\uD835\uDD38SOSU\uD835\uDD38")).containsExactly("sosu");
        assertThat(matcher.topicsIn("日本 Klimaalliancen ΣΟΣΥ")).containsExactly("klimaalliancen");
        assertThat(matcher.topicsIn("日本Klimaalliancen")).isEmpty();
        assertThat(matcher.topicsIn("")).isEmpty();
    }
}

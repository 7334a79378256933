package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void danishLettersBecomeTheirAsciiSpellings() {
        assertThat(Slugs.of("Ringkøbing-Skjern")).isEqualTo("ringkoebing-skjern");
        assertThat(Slugs.of("Læsø")).isEqualTo("laesoe");
        assertThat(Slugs.of("Aftale om Grønt Danmark")).isEqualTo("aftale-om-groent-danmark");
        assertThat(Slugs.of("Å")).isEqualTo("aa");
    }

    @Test
    void punctuationAndAccentsAreDropped() {
        assertThat(Slugs.of("H.C. Østerby")).isEqualTo("h-c-oesterby");
        assertThat(Slugs.of("  René  Müller ")).isEqualTo("rene-muller");
    }
}

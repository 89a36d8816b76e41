package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalisationTest {

    @Test
    void bracketedEndGivesAnAbbreviationViewAndABodyView() {
        String key = NameNormalisation.key("Monoamine oxidase type A (MAO-A)");

        assertThat(NameNormalisation.abbreviation(key)).isEqualTo("maoa");
        assertThat(NameNormalisation.body(key)).isEqualTo("monoamineoxidasetypea");
    }

    @Test
    void finalDigitBecomesAnUpperCaseRomanNumeralOnlyAfterANonNumeral() {
        assertThat(NameNormalisation.normalise("carbonic anhydrase 5"))
                .isEqualTo("carbonicanhydraseV");
        assertThat(NameNormalisation.normalise("cyp2c19")).isEqualTo("cyp2c19");
        assertThat(NameNormalisation.normalise("cyp2c9")).isEqualTo("cyp2cIX");
        assertThat(NameNormalisation.normalise("abc\u00b25")).isEqualTo("abc5");
        assertThat(NameNormalisation.normalise("h1")).isEqualTo("h1");
    }

    @Test
    void typeSuffixAndNonAsciiCharactersAreRemoved() {
        assertThat(NameNormalisation.normalise("l-type calcium channel"))
                .isEqualTo("lcalciumchannel");
        assertThat(NameNormalisation.normalise("β-blocker")).isEqualTo("blocker");
    }
}

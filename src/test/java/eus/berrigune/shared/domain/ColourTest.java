package eus.berrigune.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColourTest {

    private static final Colour WHITE = new Colour(255, 255, 255);
    private static final Colour BLACK = new Colour(0, 0, 0);

    @Test
    void readsOnlySixDigitHexColours() {
        assertThat(Colour.parse("#0B5D4B")).contains(new Colour(0x0b, 0x5d, 0x4b));
        assertThat(Colour.parse(" #0b5d4b ").map(Colour::css)).contains("#0b5d4b");
        assertThat(Colour.parse("#fff")).isEmpty();
        assertThat(Colour.parse("red")).isEmpty();
        assertThat(Colour.parse("#0b5d4b;}body{display:none")).isEmpty();
        assertThat(Colour.parse(null)).isEmpty();
    }

    @Test
    void contrastRatiosAreThoseOfWcag() {
        assertThat(BLACK.contrastWith(WHITE)).isCloseTo(21.0, within(0.01));
        assertThat(WHITE.contrastWith(WHITE)).isCloseTo(1.0, within(0.001));
        // #767676 on white is the well-known lightest grey that passes AA (4.54:1); #777777 fails (4.48:1).
        assertThat(Colour.parse("#767676").orElseThrow().contrastWith(WHITE)).isCloseTo(4.54, within(0.01))
                .isGreaterThanOrEqualTo(Colour.AA_TEXT_CONTRAST);
        assertThat(Colour.parse("#777777").orElseThrow().contrastWith(WHITE)).isLessThan(Colour.AA_TEXT_CONTRAST);
        assertThat(WHITE.contrastWith(BLACK)).isEqualTo(BLACK.contrastWith(WHITE));
    }
}

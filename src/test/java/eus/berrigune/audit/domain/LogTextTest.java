package eus.berrigune.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aForgedLogLineStaysOnTheSameLine() {
        String forged = "bob\r\n2026-01-01 INFO audit #1 actor=admin1 action=verify outcome=SUCCESS";
        String safe = LogText.neutralise(forged);
        assertThat(safe).doesNotContain("\n").doesNotContain("\r")
                .isEqualTo("bob\\r\\n2026-01-01 INFO audit #1 actor=admin1 action=verify outcome=SUCCESS");
    }

    @Test
    void everyControlAndLineSeparatorCharacterIsEscaped() {
        String nasty = "a\tb\u0000c\u001bd\u007fe\u0085f\u2028g\u2029h\u200ei";
        String safe = LogText.neutralise(nasty);
        assertThat(safe).isEqualTo("a\\tb\\u0000c\\u001bd\\u007fe\\u0085f\\u2028g\\u2029h\\u200ei");
        assertThat(safe.chars()).noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
    }

    @Test
    void backslashesAreDoubledSoAnEscapeCannotBeFaked() {
        assertThat(LogText.neutralise("x\\ny")).isEqualTo("x\\\\ny");
        assertThat(LogText.neutralise("x\ny")).isNotEqualTo(LogText.neutralise("x\\ny"));
    }

    @Test
    void ordinaryTextInEveryLanguageIsKept() {
        String text = "Monitorización «cardíaca» — Bihotz-A ñ € 東京";
        assertThat(LogText.neutralise(text)).isEqualTo(text);
        assertThat(LogText.neutralise(null)).isNull();
    }

    @Test
    void longTextIsCutWithoutSplittingASurrogatePair() {
        assertThat(LogText.neutralise("abcdefgh", 5)).isEqualTo("abcd…").hasSize(5);
        String cut = LogText.neutralise("abc😀😀😀", 5);
        assertThat(cut).hasSizeLessThanOrEqualTo(5).endsWith("…");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
        assertThat(LogText.neutralise("a\nb", 3)).isEqualTo("a\\…");
    }
}

package eus.berrigune.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

    @ParameterizedTest
    @CsvSource({
        "12345678Z, 12345678Z", // DNI
        "12.345.678-z, 12345678Z", // separators and case
        "X1234567L, X1234567L", // NIE
        "Y1234567X, Y1234567X",
        "B12345674, B12345674", // CIF, digit control (B: digit only)
        "A58818501, A58818501",
        "Q2826000H, Q2826000H", // CIF, letter control (Q: letter only)
        "G1234567D, G1234567D", // CIF, G: either
        "G12345674, G12345674",
        "ESB12345674, B12345674", // Spanish VAT: the NIF
        "ES 12345678Z, 12345678Z",
        "FR40303265045, FR40303265045", // other EU VAT: prefix and shape
        "DE 129 273 398, DE129273398",
        "EL094259216, EL094259216",
        "XI123456789, XI123456789"
    })
    void acceptsSpanishIdentifiersAndEuVatNumbers(String input, String canonical) {
        assertThat(TaxId.normalise(input)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "12345678A", // wrong DNI letter
        "X1234567A", // wrong NIE letter
        "B12345675", // wrong CIF control digit
        "B1234567D", // B needs a digit control
        "Q28260001", // Q needs a letter control
        "ESB12345675", // Spanish VAT with a wrong control
        "US123456789", // not an EU prefix
        "GB123456789", // no longer in the EU
        "FR4", // too short
        "B1234567", // too short
        "",
        "   ",
        "<script>"
    })
    void refusesAnythingElse(String input) {
        assertThat(TaxId.normalise(input)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesNothingAtAll() {
        assertThat(TaxId.normalise(null)).isEmpty();
    }
}

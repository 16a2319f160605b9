package eus.berrigune.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A company's tax identifier as a registration accepts it: a Spanish NIF (DNI, NIE or the CIF of a legal entity,
 * with its control character checked), optionally prefixed with {@code ES}, or an EU VAT number (a member state's
 * prefix, {@code EL} for Greece and {@code XI} for Northern Ireland, followed by 2 to 12 letters or digits; only the
 * Spanish ones are checked beyond their shape). Blanks, dots and dashes are ignored, letters upper-cased, and a
 * Spanish number is kept without its {@code ES} prefix, so that {@code ESB12345674} and {@code B12345674} are one.
 */
public final class TaxId {

    static final Set<String> EU_PREFIXES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI");
    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final Pattern DNI = Pattern.compile("[0-9]{8}[A-Z]");
    private static final Pattern NIE = Pattern.compile("[XYZ][0-9]{7}[A-Z]");
    private static final Pattern CIF = Pattern.compile("[ABCDEFGHJNPQRSUVW][0-9]{7}[0-9A-J]");
    private static final Pattern FOREIGN_VAT = Pattern.compile("[A-Z]{2}[0-9A-Z+*]{2,12}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]+");

    private TaxId() {}

    /** The identifier in its canonical form (upper case, no separators), or empty when it is not a valid one. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String value = SEPARATORS.matcher(input.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        if (value.length() > Organisation.VAT_MAX) {
            return Optional.empty();
        }
        if (isSpanish(value)) {
            return Optional.of(value);
        }
        if (value.startsWith("ES")) {
            return isSpanish(value.substring(2)) ? Optional.of(value.substring(2)) : Optional.empty();
        }
        if (FOREIGN_VAT.matcher(value).matches() && EU_PREFIXES.contains(value.substring(0, 2))) {
            return Optional.of(value);
        }
        return Optional.empty();
    }

    static boolean isSpanish(String value) {
        if (DNI.matcher(value).matches()) {
            return dniLetter(Integer.parseInt(value.substring(0, 8))) == value.charAt(8);
        }
        if (NIE.matcher(value).matches()) {
            int prefix = "XYZ".indexOf(value.charAt(0));
            return dniLetter(Integer.parseInt(prefix + value.substring(1, 8))) == value.charAt(8);
        }
        if (CIF.matcher(value).matches()) {
            return cifControlMatches(value);
        }
        return false;
    }

    private static char dniLetter(int number) {
        return DNI_LETTERS.charAt(number % 23);
    }

    /**
     * The CIF control: digits in odd places doubled (their digits added), plus the digits in even places; the control
     * is 10 minus the last digit of the sum (0 for 10), written as a digit or as the letter at that place of
     * {@code JABCDEFGHI}. Entities whose CIF starts with P, Q, R, S, N or W use the letter, A, B, E and H the digit,
     * the others either.
     */
    private static boolean cifControlMatches(String cif) {
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int digit = cif.charAt(i) - '0';
            if (i % 2 == 1) {
                int doubled = digit * 2;
                sum += doubled / 10 + doubled % 10;
            } else {
                sum += digit;
            }
        }
        int control = (10 - sum % 10) % 10;
        char given = cif.charAt(8);
        char letter = "JABCDEFGHI".charAt(control);
        char digit = (char) ('0' + control);
        char kind = cif.charAt(0);
        if ("PQRSNW".indexOf(kind) >= 0) {
            return given == letter;
        }
        if ("ABEH".indexOf(kind) >= 0) {
            return given == digit;
        }
        return given == letter || given == digit;
    }
}

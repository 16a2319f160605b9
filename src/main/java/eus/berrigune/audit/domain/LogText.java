package eus.berrigune.audit.domain;

/**
 * Makes user-supplied text safe for a one-line log entry and for the audit table: line breaks, tabs, other control
 * characters and the Unicode line and paragraph separators become visible escapes ({@code \n}, {@code \r},
 * {@code \t}, {@code \}{@code uXXXX}), and a backslash is doubled, so nobody can end a log line early or make a forged
 * line look like a real one (CWE-117). Printable text, accents and other scripts are kept as they are.
 */
public final class LogText {

    private LogText() {}

    /** The text with every control character escaped; null stays null. */
    public static String neutralise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                            || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Neutralised, then cut to at most {@code max} characters (an ellipsis marks the cut). */
    public static String neutralise(String text, int max) {
        String safe = neutralise(text);
        if (safe == null || safe.length() <= max) {
            return safe;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(safe.charAt(end - 1))) {
            end--;
        }
        return safe.substring(0, end) + "…";
    }
}

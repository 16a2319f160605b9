package eus.berrigune.shared.interfaces;

/** One field of an RFC 4180 CSV export, for every page and endpoint that writes CSV. */
public final class CsvField {

    private CsvField() {}

    /** Always quoted, quotes doubled; a leading formula character is neutralised so spreadsheets never run it. */
    public static String quote(String field) {
        String text = field == null ? "" : field;
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}

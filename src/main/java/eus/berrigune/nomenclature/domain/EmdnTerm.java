package eus.berrigune.nomenclature.domain;

/**
 * One node of the European Medical Device Nomenclature: a category letter followed by two-digit levels
 * ({@code Z12010301}). Terms exist only in English; the interfaces say so when they show one in Basque or Spanish.
 *
 * @param code the EMDN code
 * @param term the English term
 * @param level 1 (category) to 7
 * @param terminal whether the code has no children
 */
public record EmdnTerm(String code, String term, int level, boolean terminal) implements java.io.Serializable {

    /** The category letter, e.g. {@code Z}. */
    public String category() {
        return code.substring(0, 1);
    }

    /** The parent code, or the code itself for a category. */
    public String parentCode() {
        return code.length() <= 1 ? code : code.substring(0, code.length() - 2);
    }
}

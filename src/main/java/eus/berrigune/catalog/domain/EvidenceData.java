package eus.berrigune.catalog.domain;

import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of an evidence item as a company declares it.
 *
 * @param kind what the evidence is about
 * @param design how it was obtained
 * @param population number of patients or participants, if any
 * @param title short title
 * @param summary what was studied and found
 * @param language language of title and summary
 * @param reference DOI, URL or registry id
 * @param documentId an attached document of the same product, if any
 */
public record EvidenceData(
        EvidenceKind kind,
        StudyDesign design,
        Integer population,
        String title,
        String summary,
        Language language,
        String reference,
        Long documentId) {

    /** The rules an evidence item's content must follow, as field errors (empty when valid). */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        if (design == null) {
            errors.add(new FieldError("design", "validation.required"));
        }
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "validation.required"));
        } else if (title.length() > EvidenceItem.TITLE_MAX) {
            errors.add(new FieldError("title", "validation.tooLong"));
        }
        if (summary != null && summary.length() > EvidenceItem.SUMMARY_MAX) {
            errors.add(new FieldError("summary", "validation.tooLong"));
        }
        if (reference != null && reference.length() > EvidenceItem.REFERENCE_MAX) {
            errors.add(new FieldError("reference", "validation.tooLong"));
        }
        if (population != null && population < 0) {
            errors.add(new FieldError("population", "validation.notNegative"));
        }
        return errors;
    }
}

package eus.berrigune.catalog.interfaces.rest;

import eus.berrigune.catalog.domain.EvidenceData;
import eus.berrigune.catalog.domain.EvidenceKind;
import eus.berrigune.catalog.domain.StudyDesign;
import eus.berrigune.shared.domain.Language;

/** Body of the evidence endpoints: one clinical evidence item. */
public class EvidenceRequest {

    public EvidenceKind kind;
    public StudyDesign design;
    public Integer population;
    public String title;
    public String summary;
    /** eu, es or en. */
    public String language;
    public String reference;
    public Long documentId;

    EvidenceData toData() {
        return new EvidenceData(kind, design, population, title, blank(summary),
                Language.fromCode(language).orElse(null), blank(reference), documentId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

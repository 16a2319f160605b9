package eus.berrigune.consultation.interfaces.rest;

import eus.berrigune.consultation.domain.ReportText;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import java.util.EnumMap;
import java.util.Map;

/** The written parts of a report by language code ({@code es}, {@code eu}, {@code en}) and the version read. */
public class ReportRequest {

    public Long version;
    public Map<String, TextRequest> texts;

    /** The written parts in one language. */
    public static class TextRequest {
        public String studies;
        public String answersSummary;
        public String conclusions;
        public String equalTreatment;
    }

    Map<Language, ReportText> toTexts() {
        Map<Language, ReportText> result = new EnumMap<>(Language.class);
        if (texts != null) {
            texts.forEach((code, t) -> {
                Language language = Language.fromCode(code)
                        .orElseThrow(() -> new ValidationException("texts", "validation.language"));
                if (t != null) {
                    result.put(language, new ReportText(t.studies, t.answersSummary, t.conclusions, t.equalTreatment));
                }
            });
        }
        return result;
    }
}

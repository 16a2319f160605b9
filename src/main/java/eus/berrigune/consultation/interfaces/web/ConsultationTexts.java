package eus.berrigune.consultation.interfaces.web;

import eus.berrigune.consultation.application.ConsultationView;
import eus.berrigune.shared.domain.Language;
import java.util.Map;

/** Which language of a consultation's notice a reader sees: theirs, else Spanish, Basque, English in that order. */
final class ConsultationTexts {

    private ConsultationTexts() {}

    static Map.Entry<String, ConsultationView.Text> preferred(ConsultationView consultation, Language language) {
        Map<String, ConsultationView.Text> texts = consultation.texts();
        for (String code : new String[] {language.code(), "es", "eu", "en"}) {
            if (texts.containsKey(code)) {
                return Map.entry(code, texts.get(code));
            }
        }
        return Map.entry(language.code(), new ConsultationView.Text("#" + consultation.id(), null, null, null));
    }
}

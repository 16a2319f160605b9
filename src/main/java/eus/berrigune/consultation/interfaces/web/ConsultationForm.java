package eus.berrigune.consultation.interfaces.web;

import eus.berrigune.consultation.application.ConsultationView;
import eus.berrigune.consultation.domain.Adviser;
import eus.berrigune.consultation.domain.ConsultationDraft;
import eus.berrigune.consultation.domain.ConsultationKind;
import eus.berrigune.consultation.domain.ConsultationText;
import eus.berrigune.consultation.domain.QuestionData;
import eus.berrigune.consultation.domain.QuestionKind;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.interfaces.web.DateTimes;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The inputs of the consultation editor, and their conversion to and from a draft. */
public class ConsultationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ConsultationKind kind = ConsultationKind.OPEN;
    private final Map<String, TextForm> texts = new LinkedHashMap<>();
    private String emdnCodes;
    private String cpvCodes;
    private String startAt;
    private String deadline;
    private List<AdviserForm> advisers = new ArrayList<>();
    private List<QuestionForm> questions = new ArrayList<>();
    private List<String> invitedCompanyIds = new ArrayList<>();

    public ConsultationForm() {
        for (Language language : new Language[] {Language.ES, Language.EU, Language.EN}) {
            texts.put(language.code(), new TextForm());
        }
        questions.add(new QuestionForm());
    }

    static ConsultationForm of(ConsultationView c, DateTimes dates) {
        ConsultationForm form = new ConsultationForm();
        form.kind = c.kind();
        c.texts().forEach((code, t) -> {
            TextForm text = form.texts.get(code);
            if (text != null) {
                text.title = t.title();
                text.description = t.description();
                text.need = t.need();
                text.participation = t.participation();
            }
        });
        form.emdnCodes = String.join(", ", c.emdnCodes().stream().sorted().toList());
        form.cpvCodes = String.join(", ", c.cpvCodes().stream().sorted().toList());
        form.startAt = dates.input(c.startAt());
        form.deadline = dates.input(c.deadline());
        form.advisers = new ArrayList<>(c.advisers().stream().map(a -> {
            AdviserForm f = new AdviserForm();
            f.name = a.name();
            f.affiliation = a.affiliation();
            f.reason = a.reason();
            return f;
        }).toList());
        form.questions = new ArrayList<>(c.questions().stream().map(q -> {
            QuestionForm f = new QuestionForm();
            f.kind = q.kind();
            f.text = q.text();
            f.unit = q.unit();
            f.options = String.join("\n", q.options());
            f.required = q.required();
            return f;
        }).toList());
        form.invitedCompanyIds = new ArrayList<>(c.invitedCompanyIds().stream().map(String::valueOf).toList());
        return form;
    }

    ConsultationDraft toDraft(DateTimes dates) {
        Map<Language, ConsultationText> byLanguage = new EnumMap<>(Language.class);
        texts.forEach((code, t) -> {
            if (!t.isBlank()) {
                byLanguage.put(Language.fromCode(code).orElseThrow(),
                        new ConsultationText(trim(t.title), trim(t.description), trim(t.need), trim(t.participation)));
            }
        });
        Set<Long> invited = new HashSet<>();
        for (String id : invitedCompanyIds) {
            try {
                invited.add(Long.parseLong(id));
            } catch (NumberFormatException ignored) {
                // not one of the offered companies: left out
            }
        }
        return new ConsultationDraft(kind, byLanguage, codes(emdnCodes), codes(cpvCodes),
                dates.parse(startAt, "startAt"), dates.parse(deadline, "deadline"),
                advisers.stream().filter(a -> !a.isBlank()).map(a -> new Adviser(trim(a.name), trim(a.affiliation), trim(a.reason)))
                        .toList(),
                questions.stream().filter(q -> !q.isBlank()).map(q -> new QuestionData(q.kind, trim(q.text), trim(q.unit),
                        q.kind == QuestionKind.SINGLE_CHOICE || q.kind == QuestionKind.MULTIPLE_CHOICE
                                ? Arrays.stream(q.options == null ? new String[0] : q.options.split("\\R"))
                                        .map(String::strip).filter(o -> !o.isEmpty()).toList()
                                : List.of(),
                        q.required)).toList(),
                invited);
    }

    static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public void addAdviser() {
        advisers.add(new AdviserForm());
    }

    public void addQuestion() {
        questions.add(new QuestionForm());
    }

    public ConsultationKind getKind() {
        return kind;
    }

    public void setKind(ConsultationKind kind) {
        this.kind = kind;
    }

    public Map<String, TextForm> getTexts() {
        return texts;
    }

    public String getEmdnCodes() {
        return emdnCodes;
    }

    public void setEmdnCodes(String emdnCodes) {
        this.emdnCodes = emdnCodes;
    }

    public String getCpvCodes() {
        return cpvCodes;
    }

    public void setCpvCodes(String cpvCodes) {
        this.cpvCodes = cpvCodes;
    }

    public String getStartAt() {
        return startAt;
    }

    public void setStartAt(String startAt) {
        this.startAt = startAt;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public List<AdviserForm> getAdvisers() {
        return advisers;
    }

    public List<QuestionForm> getQuestions() {
        return questions;
    }

    public List<String> getInvitedCompanyIds() {
        return invitedCompanyIds;
    }

    public void setInvitedCompanyIds(List<String> invitedCompanyIds) {
        this.invitedCompanyIds = invitedCompanyIds;
    }

    /** The notice in one language. */
    public static class TextForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String description;
        private String need;
        private String participation;

        boolean isBlank() {
            return trim(title) == null && trim(description) == null && trim(need) == null && trim(participation) == null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getNeed() {
            return need;
        }

        public void setNeed(String need) {
            this.need = need;
        }

        public String getParticipation() {
            return participation;
        }

        public void setParticipation(String participation) {
            this.participation = participation;
        }
    }

    /** An adviser row. */
    public static class AdviserForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String affiliation;
        private String reason;

        boolean isBlank() {
            return trim(name) == null && trim(affiliation) == null && trim(reason) == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAffiliation() {
            return affiliation;
        }

        public void setAffiliation(String affiliation) {
            this.affiliation = affiliation;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** A question row. */
    public static class QuestionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private QuestionKind kind = QuestionKind.TEXT;
        private String text;
        private String unit;
        private String options;
        private boolean required;

        boolean isBlank() {
            return trim(text) == null && trim(unit) == null && trim(options) == null;
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }
}

package eus.berrigune.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The notice's texts in one language: object, description, the need it serves, how to take part. */
@Embeddable
public class ConsultationText {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = TEXT_MAX)
    private String description;

    @Column(length = TEXT_MAX)
    private String need;

    @Column(length = TEXT_MAX)
    private String participation;

    protected ConsultationText() {}

    public ConsultationText(String title, String description, String need, String participation) {
        this.title = title;
        this.description = description;
        this.need = need;
        this.participation = participation;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getNeed() {
        return need;
    }

    public String getParticipation() {
        return participation;
    }

    boolean isComplete() {
        return notBlank(title) && notBlank(description) && notBlank(participation);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

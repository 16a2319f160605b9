package eus.berrigune.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One question of a consultation's questionnaire; part of the consultation aggregate, fixed once it is scheduled. */
@Entity
@Table(name = "consultation_question")
public class Question {

    public static final int TEXT_MAX = 2000;
    public static final int OPTIONS_MAX = 2000;

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
    private Consultation consultation;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionKind kind;

    @Column(name = "question_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(length = 40)
    private String unit;

    /** Choice options, one per line. */
    @Column(length = OPTIONS_MAX)
    private String options;

    @Column(nullable = false)
    private boolean required;

    protected Question() {}

    Question(Consultation consultation, int position, QuestionData data) {
        this.consultation = consultation;
        this.position = position;
        this.kind = data.kind();
        this.text = data.text().strip();
        this.unit = data.unit() == null || data.unit().isBlank() ? null : data.unit().strip();
        this.options = data.options().isEmpty() ? null : String.join("\n", data.options());
        this.required = data.required();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getUnit() {
        return unit;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    public boolean isRequired() {
        return required;
    }

    public QuestionData data() {
        return new QuestionData(kind, text, unit, getOptions(), required);
    }
}

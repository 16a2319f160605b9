package eus.berrigune.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The consultation's life cycle, answers and clarifications, with the clock as a parameter. */
class ConsultationTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant START = NOW.plus(Duration.ofHours(1));
    static final Instant DEADLINE = START.plus(Duration.ofDays(10));

    static ConsultationDraft complete() {
        return new ConsultationDraft(ConsultationKind.OPEN,
                Map.of(Language.ES, new ConsultationText("Telemonitorización", "Descripción", "Necesidad", "Cuestionario")),
                List.of("z12"), List.of("33195100-4"), START, DEADLINE,
                List.of(new Adviser("Ane", "Cardiología", "Experta")),
                List.of(new QuestionData(QuestionKind.TEXT, "Describa", null, List.of(), true),
                        new QuestionData(QuestionKind.SINGLE_CHOICE, "Modalidad", null, List.of("Compra", "Servicio"), false)),
                Set.of());
    }

    static Consultation scheduled() throws Exception {
        Consultation c = new Consultation(1, 2, complete());
        long id = 100;
        for (Question q : c.getQuestions()) {
            setId(q, id++);
        }
        c.schedule(NOW);
        return c;
    }

    static void setId(Object entity, long id) throws Exception {
        Class<?> type = entity.getClass();
        while (type != null) {
            try {
                Field field = type.getDeclaredField("id");
                field.setAccessible(true);
                field.set(entity, id);
                return;
            } catch (NoSuchFieldException e) {
                type = type.getSuperclass();
            }
        }
        throw new IllegalStateException("no id field");
    }

    @Test
    void opensAtItsStartAndClosesAtItsDeadlineByTheClockAlone() throws Exception {
        Consultation c = scheduled();
        assertThat(c.getStatus()).isEqualTo(ConsultationStatus.SCHEDULED);
        assertThat(c.getEmdnCodes()).containsExactly("Z12");
        assertThat(c.advance(START.minusSeconds(1))).isFalse();
        assertThat(c.advance(START)).isTrue();
        assertThat(c.getStatus()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.acceptsAnswersAt(DEADLINE.minusMillis(1))).isTrue();
        assertThat(c.acceptsAnswersAt(DEADLINE)).isFalse();
        assertThat(c.answersUnsealedAt(DEADLINE.minusMillis(1))).isFalse();
        c.advance(DEADLINE);
        assertThat(c.getStatus()).isEqualTo(ConsultationStatus.CLOSED);
        assertThat(c.answersUnsealedAt(DEADLINE)).isTrue();
    }

    @Test
    void aScheduledNoticeIsFixedAndAnIncompleteOneCannotBeScheduled() throws Exception {
        Consultation incomplete = new Consultation(1, 2, new ConsultationDraft(null,
                Map.of(Language.EU, new ConsultationText("Izenburua", null, null, null)), null, null, null, null, null,
                null, null));
        assertThatThrownBy(() -> incomplete.schedule(NOW)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getFieldErrors())
                        .extracting(f -> f.field()).contains("texts", "emdnCodes", "startAt", "deadline", "questions"));
        assertThat(incomplete.getStatus()).isEqualTo(ConsultationStatus.DRAFT);

        Consultation c = scheduled();
        assertThatThrownBy(() -> c.update(complete())).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> c.schedule(NOW)).isInstanceOf(InvalidStateException.class);
        Consultation late = new Consultation(1, 2, complete());
        assertThatThrownBy(() -> late.schedule(START.plusSeconds(3600))).isInstanceOf(ValidationException.class);
    }

    @Test
    void nullElementsAreReportedAsFieldErrors() {
        java.util.List<QuestionData> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        ConsultationDraft draft = new ConsultationDraft(null, Map.of(), null, null, null, null, null, withNull, null);
        assertThatThrownBy(draft::validate).isInstanceOf(ValidationException.class);
        java.util.Set<Long> nullId = new java.util.HashSet<>();
        nullId.add(null);
        assertThatThrownBy(() -> new ConsultationDraft(ConsultationKind.SELECTED, Map.of(), null, null, null, null, null,
                null, nullId)).isInstanceOf(ValidationException.class);
    }

    @Test
    void malformedDraftsAreRefusedWhole() {
        ConsultationDraft backwards = new ConsultationDraft(null, Map.of(), List.of("Z12"), List.of("123"), DEADLINE, START,
                List.of(), List.of(new QuestionData(QuestionKind.MULTIPLE_CHOICE, "Q", null, List.of("A", "A"), false)),
                Set.of());
        assertThatThrownBy(backwards::validate).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getFieldErrors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("cpvCodes", "deadline", "questions.0.options"));
    }

    @Test
    void cancellingNeedsAReasonAndOnlyBeforeTheEnd() throws Exception {
        Consultation draft = new Consultation(1, 2, complete());
        assertThatThrownBy(() -> draft.cancel("Not needed", NOW)).isInstanceOf(InvalidStateException.class);
        assertThat(draft.isPublic()).isFalse();
        Consultation c = scheduled();
        assertThatThrownBy(() -> c.cancel(" ", START)).isInstanceOf(ValidationException.class);
        c.cancel("Presupuesto retirado", START);
        assertThat(c.getStatus()).isEqualTo(ConsultationStatus.CANCELLED);
        assertThat(c.acceptsAnswersAt(START.plusSeconds(1))).isFalse();
        assertThatThrownBy(() -> c.cancel("Otra vez", START)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anAnswerIsCheckedReplacedUntilTheDeadlineAndNeverLostByEditing() throws Exception {
        Consultation c = scheduled();
        long text = c.getQuestions().get(0).getId();
        long choice = c.getQuestions().get(1).getId();
        Answer answer = new Answer(1, 7);
        assertThatThrownBy(() -> answer.write(c, List.of(), Set.of(), NOW)).isInstanceOf(InvalidStateException.class);

        answer.write(c, List.of(new AnswerItem(choice, null, null, null, List.of("Servicio"), false)), Set.of(), START);
        assertThatThrownBy(() -> answer.submit(c, 9, START)).isInstanceOf(ValidationException.class); // text required
        assertThatThrownBy(() -> answer.write(c, List.of(new AnswerItem(choice, null, null, null, List.of("Alquiler"), false)),
                Set.of(), START)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> answer.write(c, List.of(new AnswerItem(text, null, BigDecimal.ONE, null, null, false)),
                Set.of(), START)).isInstanceOf(ValidationException.class);

        assertThatThrownBy(() -> answer.write(c, List.of(new AnswerItem(choice, "free text too", null, null,
                List.of("Servicio"), false)), Set.of(), START)).isInstanceOf(ValidationException.class);
        assertThat(Answer.fitsColumn(new BigDecimal("123456789012345.1234"))).isTrue();
        assertThat(Answer.fitsColumn(new BigDecimal("1E+20"))).isFalse();
        assertThat(Answer.fitsColumn(new BigDecimal("1.23456"))).isFalse();
        answer.write(c, List.of(new AnswerItem(text, "Plan", null, null, null, true)), Set.of(), START);
        answer.submit(c, 9, START.plusSeconds(5));
        answer.write(c, List.of(new AnswerItem(text, "Plan, unsent edit", null, null, null, false)), Set.of(), START);
        assertThat(answer.getStatus()).isEqualTo(AnswerStatus.SUBMITTED);
        assertThat(answer.hasUnsubmittedChanges()).isTrue();
        assertThat(answer.getSubmittedItems()).extracting(AnswerItem::getText).containsExactly("Plan");
        assertThat(answer.getSubmittedItems().get(0).isConfidential()).isTrue();

        assertThatThrownBy(() -> answer.submit(c, 9, DEADLINE)).isInstanceOf(InvalidStateException.class);
        assertThat(answer.getSubmittedItems()).extracting(AnswerItem::getText).containsExactly("Plan");
    }

    @Test
    void aClarificationIsPublishedOnceAndDuplicatesShareItsAnswer() throws Exception {
        Consultation c = scheduled();
        setId(c, 5);
        assertThatThrownBy(() -> new Clarification(c, 7, "Too early?", NOW)).isInstanceOf(InvalidStateException.class);
        Clarification first = new Clarification(c, 7, "¿HL7?", START);
        Clarification duplicate = new Clarification(c, 8, "¿FHIR?", START);
        setId(first, 1);
        assertThatThrownBy(() -> duplicate.mergeInto(first)).isInstanceOf(InvalidStateException.class);
        first.publish("¿Qué estándar de interoperabilidad?", "HL7 FHIR R4", START.plusSeconds(60));
        duplicate.mergeInto(first);
        assertThat(duplicate.getStatus()).isEqualTo(Clarification.Status.MERGED);
        assertThat(duplicate.getPublishedAt()).isEqualTo(first.getPublishedAt());
        assertThatThrownBy(() -> first.publish("x", "y", START)).isInstanceOf(InvalidStateException.class);
    }
}

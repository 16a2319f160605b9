package eus.berrigune.consultation.domain;

import java.util.List;
import java.util.Optional;

/** Consultations, their answers and clarification questions. */
public interface ConsultationRepository {

    Optional<Consultation> find(long id);

    Consultation save(Consultation consultation);

    /** A buying organisation's consultations in every state, newest first. */
    List<Consultation> findByBuyer(long buyerId);

    /** Consultations past the draft, newest first. */
    List<Consultation> findPublic(int offset, int limit);

    /** Consultations the clock may still move on: scheduled or open. */
    List<Consultation> findRunning();

    /** The ids of the scheduled and open consultations, in id order. */
    List<Long> findRunningIds();

    Optional<Answer> findAnswer(long consultationId, long companyId);

    Answer save(Answer answer);

    List<Answer> findAnswers(long consultationId);

    long countSubmitted(long consultationId);

    Optional<Clarification> findClarification(long id);

    Clarification save(Clarification clarification);

    List<Clarification> findClarifications(long consultationId);

    java.util.Optional<ConsultationReport> findReport(long consultationId);

    ConsultationReport save(ConsultationReport report);

    java.util.Optional<ConsultationSession> findSession(long id);

    ConsultationDocument save(ConsultationDocument document, byte[] content);

    java.util.Optional<ConsultationDocument> findDocument(long id);

    java.util.Optional<byte[]> findDocumentContent(long documentId);

    /** The documents attached to a consultation's notice. */
    List<ConsultationDocument> findNoticeDocuments(long consultationId);

    void delete(ConsultationDocument document);

    /** Writes pending changes now; a concurrent change of the same object fails with an edit conflict. */
    void flush();

    ConsultationSession save(ConsultationSession session);

    /** A consultation's sessions and slots, by start. */
    List<ConsultationSession> findSessions(long consultationId);

    /** Companies that take part: they asked a question or keep an answer (draft or submitted). */
    List<Long> participants(long consultationId);

    /** Consultations announced (not drafts), whatever their state since. */
    long countPublic();

    /** Per company: how many answers it has submitted, over all consultations. */
    java.util.Map<Long, Long> submittedAnswersByCompany();
}

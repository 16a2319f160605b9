package eus.berrigune.consultation.infrastructure;

import eus.berrigune.consultation.domain.Answer;
import eus.berrigune.consultation.domain.AnswerStatus;
import eus.berrigune.consultation.domain.Clarification;
import eus.berrigune.consultation.domain.Consultation;
import eus.berrigune.consultation.domain.ConsultationRepository;
import eus.berrigune.consultation.domain.ConsultationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

@ApplicationScoped
public class JpaConsultationRepository implements ConsultationRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Optional<Consultation> find(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id));
    }

    @Override
    public Consultation save(Consultation consultation) {
        em.persist(consultation);
        return consultation;
    }

    @Override
    public List<Consultation> findByBuyer(long buyerId) {
        return em.createQuery("select c from Consultation c where c.buyerId = :buyer order by c.createdAt desc, c.id desc",
                        Consultation.class)
                .setParameter("buyer", buyerId)
                .getResultList();
    }

    @Override
    public List<Consultation> findPublic(int offset, int limit) {
        return em.createQuery("select c from Consultation c where c.status <> :draft order by c.scheduledAt desc, c.id desc",
                        Consultation.class)
                .setParameter("draft", ConsultationStatus.DRAFT)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Consultation> findRunning() {
        return em.createQuery("select c from Consultation c where c.status in :running order by c.id", Consultation.class)
                .setParameter("running", List.of(ConsultationStatus.SCHEDULED, ConsultationStatus.OPEN))
                .getResultList();
    }

    @Override
    public List<Long> findRunningIds() {
        return em.createQuery("select c.id from Consultation c where c.status in :running order by c.id", Long.class)
                .setParameter("running", List.of(ConsultationStatus.SCHEDULED, ConsultationStatus.OPEN))
                .getResultList();
    }

    @Override
    public Optional<Answer> findAnswer(long consultationId, long companyId) {
        return em.createQuery("select a from Answer a where a.consultationId = :c and a.companyId = :company", Answer.class)
                .setParameter("c", consultationId)
                .setParameter("company", companyId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Answer save(Answer answer) {
        em.persist(answer);
        return answer;
    }

    @Override
    public List<Answer> findAnswers(long consultationId) {
        return em.createQuery("select a from Answer a where a.consultationId = :c order by a.submittedAt, a.id", Answer.class)
                .setParameter("c", consultationId)
                .getResultList();
    }

    @Override
    public long countSubmitted(long consultationId) {
        return em.createQuery("select count(a) from Answer a where a.consultationId = :c and a.status = :submitted", Long.class)
                .setParameter("c", consultationId)
                .setParameter("submitted", AnswerStatus.SUBMITTED)
                .getSingleResult();
    }

    @Override
    public Optional<Clarification> findClarification(long id) {
        return Optional.ofNullable(em.find(Clarification.class, id));
    }

    @Override
    public Clarification save(Clarification clarification) {
        em.persist(clarification);
        return clarification;
    }

    @Override
    public List<Clarification> findClarifications(long consultationId) {
        return em.createQuery("select q from Clarification q where q.consultationId = :c order by q.createdAt, q.id",
                        Clarification.class)
                .setParameter("c", consultationId)
                .getResultList();
    }

    @Override
    public Optional<eus.berrigune.consultation.domain.ConsultationReport> findReport(long consultationId) {
        return em.createQuery("select r from ConsultationReport r where r.consultationId = :c",
                        eus.berrigune.consultation.domain.ConsultationReport.class)
                .setParameter("c", consultationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public eus.berrigune.consultation.domain.ConsultationReport save(eus.berrigune.consultation.domain.ConsultationReport report) {
        em.persist(report);
        return report;
    }

    @Override
    public Optional<eus.berrigune.consultation.domain.ConsultationSession> findSession(long id) {
        return Optional.ofNullable(em.find(eus.berrigune.consultation.domain.ConsultationSession.class, id));
    }

    @Override
    public eus.berrigune.consultation.domain.ConsultationDocument save(eus.berrigune.consultation.domain.ConsultationDocument document,
            byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new eus.berrigune.consultation.domain.ConsultationDocumentContent(document.getId(), content));
        return document;
    }

    @Override
    public Optional<eus.berrigune.consultation.domain.ConsultationDocument> findDocument(long id) {
        return Optional.ofNullable(em.find(eus.berrigune.consultation.domain.ConsultationDocument.class, id));
    }

    @Override
    public Optional<byte[]> findDocumentContent(long documentId) {
        return Optional.ofNullable(em.find(eus.berrigune.consultation.domain.ConsultationDocumentContent.class, documentId))
                .map(eus.berrigune.consultation.domain.ConsultationDocumentContent::getContent);
    }

    @Override
    public List<eus.berrigune.consultation.domain.ConsultationDocument> findNoticeDocuments(long consultationId) {
        return em.createQuery("select d from ConsultationDocument d where d.consultationId = :c and d.companyId is null"
                        + " order by d.id", eus.berrigune.consultation.domain.ConsultationDocument.class)
                .setParameter("c", consultationId)
                .getResultList();
    }

    @Override
    public void delete(eus.berrigune.consultation.domain.ConsultationDocument document) {
        eus.berrigune.consultation.domain.ConsultationDocumentContent content =
                em.find(eus.berrigune.consultation.domain.ConsultationDocumentContent.class, document.getId());
        if (content != null) {
            em.remove(content);
        }
        em.remove(document);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new eus.berrigune.shared.domain.EditConflictException();
        }
    }

    @Override
    public eus.berrigune.consultation.domain.ConsultationSession save(eus.berrigune.consultation.domain.ConsultationSession session) {
        em.persist(session);
        return session;
    }

    @Override
    public List<eus.berrigune.consultation.domain.ConsultationSession> findSessions(long consultationId) {
        return em.createQuery("select s from ConsultationSession s where s.consultationId = :c order by s.startsAt, s.id",
                        eus.berrigune.consultation.domain.ConsultationSession.class)
                .setParameter("c", consultationId)
                .getResultList();
    }

    @Override
    public List<Long> participants(long consultationId) {
        TreeSet<Long> companies = new TreeSet<>(em.createQuery(
                        "select a.companyId from Answer a where a.consultationId = :c", Long.class)
                .setParameter("c", consultationId)
                .getResultList());
        companies.addAll(em.createQuery("select q.askerCompanyId from Clarification q where q.consultationId = :c", Long.class)
                .setParameter("c", consultationId)
                .getResultList());
        return List.copyOf(companies);
    }

    @Override
    public long countPublic() {
        return em.createQuery("select count(c) from Consultation c where c.status <> :draft", Long.class)
                .setParameter("draft", ConsultationStatus.DRAFT)
                .getSingleResult();
    }

    @Override
    public java.util.Map<Long, Long> submittedAnswersByCompany() {
        java.util.Map<Long, Long> counts = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select a.companyId, count(a) from Answer a where a.submittedAt is not null"
                        + " group by a.companyId", Object[].class).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}

package eus.berrigune.consultation.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.catalog.application.DocumentDownload;
import eus.berrigune.catalog.application.DocumentInspector;
import eus.berrigune.consultation.domain.Answer;
import eus.berrigune.consultation.domain.Consultation;
import eus.berrigune.consultation.domain.ConsultationDocument;
import eus.berrigune.consultation.domain.ConsultationRepository;
import eus.berrigune.consultation.domain.ConsultationStatus;
import eus.berrigune.consultation.domain.Question;
import eus.berrigune.consultation.domain.QuestionKind;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A consultation's documents: PDFs attached to the notice by the buying team while it is a draft (public with the
 * notice), and PDFs companies upload to answer file questions (read by the company, and by the buying team once the
 * answers are unsealed and only when the last submission refers to them). Checked by content, at most 20 MB.
 */
@ApplicationScoped
@Transactional
public class ConsultationDocuments {

    @Inject
    ConsultationRepository consultations;

    @Inject
    ConsultationService consultationService;

    @Inject
    DocumentInspector inspector;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /**
     * A document of the notice, to be published with it.
     *
     * @param id document
     * @param fileName its name
     * @param sizeBytes its size
     */
    public record Attachment(long id, String fileName, long sizeBytes) implements java.io.Serializable {

        /** The size in kilobytes, rounded up. */
        public long kilobytes() {
            return (sizeBytes + 1023) / 1024;
        }
    }

    /** The notice's documents (whoever may read the consultation). */
    public List<Attachment> noticeDocuments(long consultationId) {
        Consultation c = consultations.find(consultationId)
                .filter(x -> ConsultationAccess.canRead(x, currentUser.get()))
                .orElseThrow(() -> new NotFoundException("consultation", consultationId));
        return consultations.findNoticeDocuments(c.getId()).stream()
                .map(d -> new Attachment(d.getId(), d.getFileName(), d.getSizeBytes()))
                .toList();
    }

    /** The buying team attaches a PDF to a draft's notice. */
    public long attach(long consultationId, String fileName, byte[] content) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        if (c.getStatus() != ConsultationStatus.DRAFT) {
            throw new InvalidStateException("consultation.state.notDraft");
        }
        if (consultations.findNoticeDocuments(consultationId).size() >= ConsultationDocument.MAX_PER_NOTICE) {
            throw new ValidationException("file", "consultation.document.tooMany");
        }
        String name = DocumentInspector.safeFileName(fileName);
        String sha = inspector.inspect(name, content);
        long id = consultations.save(ConsultationDocument.forNotice(consultationId, name, content.length, sha), content)
                .getId();
        audit.record("attach-document", "consultation", consultationId, "document " + id + " " + name + " sha256 " + sha);
        return id;
    }

    /** The buying team removes a document from a draft's notice. */
    public void detach(long consultationId, long documentId) {
        Consultation c = consultationService.ownedByTeam(consultationId);
        if (c.getStatus() != ConsultationStatus.DRAFT) {
            throw new InvalidStateException("consultation.state.notDraft");
        }
        ConsultationDocument document = consultations.findDocument(documentId)
                .filter(d -> d.getConsultationId() == consultationId && d.isNoticeAttachment())
                .orElseThrow(() -> new NotFoundException("document", documentId));
        consultations.delete(document);
        audit.record("detach-document", "consultation", consultationId, "document " + documentId);
    }

    /**
     * A company uploads the PDF answering a file question (while the consultation accepts answers); it then refers
     * to it in its answer.
     */
    public long upload(long consultationId, long questionId, String fileName, byte[] content) {
        AuthenticatedUser user = currentUser.require(Role.SUPPLIER);
        Consultation c = consultations.find(consultationId)
                .filter(x -> ConsultationAccess.canRead(x, Optional.of(user)))
                .orElseThrow(() -> new NotFoundException("consultation", consultationId));
        consultationService.advance(c, clock.instant());
        if (!c.admits(user.organisationId())) {
            throw new AccessDeniedException();
        }
        if (!c.acceptsAnswersAt(clock.instant())) {
            throw new InvalidStateException("consultation.answer.closed");
        }
        Question question = c.question(questionId);
        if (question == null || question.getKind() != QuestionKind.FILE) {
            throw new ValidationException("questionId", "consultation.document.notAFileQuestion");
        }
        String name = DocumentInspector.safeFileName(fileName);
        String sha = inspector.inspect(name, content);
        long id = consultations.save(ConsultationDocument.forAnswer(consultationId, user.organisationId(), questionId, name,
                content.length, sha), content).getId();
        audit.record("upload-document", "consultation", consultationId,
                "document " + id + " for question " + questionId + " " + name + " sha256 " + sha);
        return id;
    }

    /** Whether the document was uploaded by the company for this question of this consultation. */
    boolean belongsTo(long documentId, long consultationId, long companyId, long questionId) {
        return consultations.findDocument(documentId)
                .filter(d -> d.getConsultationId() == consultationId && Objects.equals(d.getCompanyId(), companyId)
                        && Objects.equals(d.getQuestionId(), questionId))
                .isPresent();
    }

    /** A document the caller may read, else not found. */
    public DocumentDownload download(long documentId) {
        ConsultationDocument document = consultations.findDocument(documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        Consultation c = consultations.find(document.getConsultationId())
                .orElseThrow(() -> new NotFoundException("document", documentId));
        Optional<AuthenticatedUser> user = currentUser.get();
        if (!mayRead(c, document, user)) {
            throw new NotFoundException("document", documentId);
        }
        byte[] content = consultations.findDocumentContent(documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        if (!document.isNoticeAttachment()) {
            // a file of a company's answer: as confidential as the answer
            audit.record("read", "document", documentId, "answer file of company " + document.getCompanyId()
                    + ", consultation " + c.getId());
        }
        return new DocumentDownload(document.getFileName(), document.getContentType(), content, document.getSha256());
    }

    private boolean mayRead(Consultation c, ConsultationDocument document, Optional<AuthenticatedUser> user) {
        if (document.isNoticeAttachment()) {
            return ConsultationAccess.canRead(c, user);
        }
        boolean ownCompany = user.map(u -> u.hasRole(Role.SUPPLIER) && Objects.equals(u.organisationId(),
                document.getCompanyId())).orElse(false);
        if (ownCompany) {
            return true;
        }
        consultationService.advance(c, clock.instant());
        if (!ConsultationAccess.isBuyingTeam(c, user) || !c.answersUnsealedAt(clock.instant())) {
            return false;
        }
        return consultations.findAnswer(c.getId(), document.getCompanyId())
                .map(Answer::getSubmittedItems)
                .map(items -> items.stream().anyMatch(i -> Objects.equals(i.getDocumentId(), document.getId())))
                .orElse(false);
    }
}

package eus.berrigune.consultation.domain;

import eus.berrigune.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A PDF of a consultation: attached to its notice by the buying team (public with the notice), or uploaded by a
 * company as the answer to a file question (confidential like the rest of its answer). The bytes are kept apart
 * ({@link ConsultationDocumentContent}); a document is never changed, only replaced by another.
 */
@Entity
@Table(name = "consultation_document")
public class ConsultationDocument extends BaseEntity {

    public static final int MAX_PER_NOTICE = 10;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    /** The company whose answer it belongs to; null for a notice attachment. */
    @Column(name = "company_id", updatable = false)
    private Long companyId;

    @Column(name = "question_id", updatable = false)
    private Long questionId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    protected ConsultationDocument() {}

    private ConsultationDocument(long consultationId, Long companyId, Long questionId, String fileName, long sizeBytes,
            String sha256) {
        this.consultationId = consultationId;
        this.companyId = companyId;
        this.questionId = questionId;
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = "application/pdf";
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
    }

    public static ConsultationDocument forNotice(long consultationId, String fileName, long sizeBytes, String sha256) {
        return new ConsultationDocument(consultationId, null, null, fileName, sizeBytes, sha256);
    }

    public static ConsultationDocument forAnswer(long consultationId, long companyId, long questionId, String fileName,
            long sizeBytes, String sha256) {
        return new ConsultationDocument(consultationId, companyId, questionId, fileName, sizeBytes, sha256);
    }

    public boolean isNoticeAttachment() {
        return companyId == null;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}

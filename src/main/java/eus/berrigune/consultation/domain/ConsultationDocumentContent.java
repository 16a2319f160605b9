package eus.berrigune.consultation.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of a consultation document, stored in the database with everything else. */
@Entity
@Table(name = "consultation_document_content")
public class ConsultationDocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ConsultationDocumentContent() {}

    public ConsultationDocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = Objects.requireNonNull(content).clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}

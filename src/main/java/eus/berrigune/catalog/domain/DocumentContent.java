package eus.berrigune.catalog.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of an evidence document, stored in the database so that a database backup contains them. */
@Entity
@Table(name = "evidence_document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected DocumentContent() {}

    public DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = Objects.requireNonNull(content).clone();
    }

    public long getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}

package eus.berrigune.catalog.domain;

import eus.berrigune.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * Metadata of an uploaded evidence document (a PDF). The bytes are kept apart ({@link DocumentContent}) so that
 * lists of documents never load them. A buyer-only document is visible to the owning company, buying organisations'
 * staff and administrators, never to other companies or anonymous visitors.
 */
@Entity
@Table(name = "evidence_document")
public class EvidenceDocument extends BaseEntity {

    public static final int FILE_NAME_MAX = 200;
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "buyer_only", nullable = false)
    private boolean buyerOnly;

    protected EvidenceDocument() {}

    EvidenceDocument(Product product, String fileName, String contentType, long sizeBytes, String sha256, boolean buyerOnly) {
        this.product = Objects.requireNonNull(product);
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.buyerOnly = buyerOnly;
    }

    public Product getProduct() {
        return product;
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

    public boolean isBuyerOnly() {
        return buyerOnly;
    }
}

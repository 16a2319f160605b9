package eus.berrigune.catalog.application;

import eus.berrigune.catalog.domain.EvidenceDocument;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.Tika;

/**
 * Checks an upload by its content, never by its name: only PDF documents up to 20 MB are accepted. Apache Tika's
 * magic-byte detection is the judge.
 */
@ApplicationScoped
public class DocumentInspector {

    static final String PDF = "application/pdf";

    private final Tika tika = new Tika();

    /** Validates the upload and returns its SHA-256 (hex). */
    public String inspect(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ValidationException("file", "document.validation.empty");
        }
        if (content.length > EvidenceDocument.MAX_BYTES) {
            throw new ValidationException("file", "document.validation.tooLarge");
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > EvidenceDocument.FILE_NAME_MAX) {
            throw new ValidationException("file", "document.validation.fileName");
        }
        String detected = tika.detect(content);
        if (!PDF.equals(detected)) {
            throw new ValidationException("file", "document.validation.notPdf");
        }
        return sha256(content);
    }

    /** Keeps only the last path element and harmless characters of a client-supplied file name. */
    public static String safeFileName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return "document.pdf";
        }
        String normalised = submitted.replace('\\', '/');
        String base = normalised.substring(normalised.lastIndexOf('/') + 1);
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (cleaned.isEmpty()) {
            return "document.pdf";
        }
        return cleaned.length() > EvidenceDocument.FILE_NAME_MAX
                ? cleaned.substring(cleaned.length() - EvidenceDocument.FILE_NAME_MAX)
                : cleaned;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

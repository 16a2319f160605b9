package eus.berrigune.shared.interfaces.rest;

import eus.berrigune.shared.domain.ValidationException;
import jakarta.ws.rs.BadRequestException;
import java.io.IOException;
import java.io.InputStream;

/** Request bodies that carry an uploaded file: read up to a limit, never more (a larger body is refused, not read). */
public final class UploadBodies {

    /** The largest document accepted anywhere in Berrigune. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private UploadBodies() {}

    public static byte[] read(InputStream body) {
        if (body == null) {
            throw new ValidationException("file", "document.validation.empty");
        }
        try {
            byte[] content = body.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new ValidationException("file", "document.validation.tooLarge");
            }
            return content;
        } catch (IOException e) {
            throw new BadRequestException(e);
        }
    }
}

package eus.berrigune.audit.interfaces.rest;

import eus.berrigune.audit.application.AuditPage;
import eus.berrigune.audit.application.AuditService;
import eus.berrigune.audit.application.AuditVerification;
import eus.berrigune.audit.domain.AuditCriteria;
import eus.berrigune.audit.domain.AuditOutcome;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail for administrators' and auditors' scripts; {@code GET /api/v1/admin/audit/verification} is the
 * verification command of docs/operations.md.
 */
@Path("/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
@SecurityRequirement(name = "basic")
public class AuditResource {

    @Inject
    AuditService service;

    @GET
    @Operation(summary = "Audit records, newest first, filtered by time (UTC instants or dates; 'to' excluded, a date"
            + " includes its whole day), actor's sign-in name, action, object and outcome (administrators only)")
    public AuditPage search(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId, @QueryParam("outcome") String outcome,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        AuditCriteria criteria = new AuditCriteria(instant(from, "from", false), instant(to, "to", true),
                lowerCase(blankToNull(actor)), blankToNull(action), blankToNull(objectType), blankToNull(objectId), outcome(outcome));
        return service.search(criteria, page, size);
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Verifies the hash chain from its anchor to its head: intact, or the first broken record"
            + " (administrators only)")
    public AuditVerification verification() {
        return service.verify();
    }

    /** An instant, or a date meaning its first moment in UTC ({@code to}: the first moment of the next day). */
    static Instant instant(String value, String field, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "validation.dateTime");
        }
    }

    private static AuditOutcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditOutcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("outcome", "audit.validation.outcome");
        }
    }

    private static String lowerCase(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

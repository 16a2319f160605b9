package eus.berrigune.audit.interfaces.web;

import eus.berrigune.audit.application.AuditEntry;
import eus.berrigune.audit.application.AuditPage;
import eus.berrigune.audit.application.AuditService;
import eus.berrigune.audit.application.AuditVerification;
import eus.berrigune.audit.domain.AuditCriteria;
import eus.berrigune.audit.domain.AuditOutcome;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /admin/audit.xhtml}: the auditor's view of the trail. A GET form filters by dates (UTC days), actor, object
 * and outcome; pages of {@value #PAGE_SIZE}; {@code ?verify=true} runs the chain verification and shows its verdict.
 * Administrators only (the area filter, and the service again).
 */
@Named
@RequestScoped
public class AuditBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditService service;

    @Inject
    HttpServletRequest request;

    private String from;
    private String to;
    private String actor;
    private String objectType;
    private String objectId;
    private String outcome;
    private int page;
    private AuditPage result = new AuditPage(List.of(), 0, PAGE_SIZE, 0);
    private AuditVerification verification;

    /** View action: reads the parameters (unreadable dates or outcomes are ignored, with a message) and searches. */
    public void load() {
        from = parameter("from");
        to = parameter("to");
        actor = parameter("actor");
        objectType = parameter("objectType");
        objectId = parameter("objectId");
        outcome = parameter("outcome");
        try {
            page = Math.max(0, Integer.parseInt(String.valueOf(request.getParameter("page"))));
        } catch (NumberFormatException e) {
            page = 0;
        }
        try {
            AuditCriteria criteria = new AuditCriteria(day(from, false), day(to, true),
                    actor == null ? null : actor.toLowerCase(Locale.ROOT), null, objectType, objectId, outcome());
            result = service.search(criteria, page, PAGE_SIZE);
            if ("true".equals(request.getParameter("verify"))) {
                verification = service.verify();
            }
        } catch (BusinessException e) {
            FacesMessages.show(e, "filter");
        }
    }

    private String parameter(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant day(String value, boolean end) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return (end ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            FacesMessages.error("validation.date");
            return null;
        }
    }

    private AuditOutcome outcome() {
        if (outcome == null) {
            return null;
        }
        try {
            return AuditOutcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            outcome = null;
            return null;
        }
    }

    /** This page's address with the same filters, at another page, optionally verifying. */
    public String url(int targetPage, boolean verify) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("actor", actor);
        params.put("objectType", objectType);
        params.put("objectId", objectId);
        params.put("outcome", outcome);
        if (targetPage > 0) {
            params.put("page", String.valueOf(targetPage));
        }
        if (verify) {
            params.put("verify", "true");
        }
        String query = params.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request.getContextPath() + "/admin/audit.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    public List<AuditOutcome> getOutcomes() {
        return List.of(AuditOutcome.values());
    }

    public List<AuditEntry> getEntries() {
        return result.items();
    }

    public AuditPage getResult() {
        return result;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getPage() {
        return page;
    }
}

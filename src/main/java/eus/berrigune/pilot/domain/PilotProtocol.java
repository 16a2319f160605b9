package eus.berrigune.pilot.domain;

import eus.berrigune.shared.domain.FieldError;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pilot protocol both sides agree: endpoints (success criteria, one per line), duration, sites, stop criteria,
 * costs or loan terms, and whether the data-protection impact assessment is done.
 */
@Embeddable
public class PilotProtocol {

    public static final int MAX_ENDPOINTS = 10;
    public static final int ENDPOINT_MAX = 500;
    public static final int MAX_WEEKS = 260;

    @Column(name = "endpoints", length = 4000)
    private String endpoints;

    @Column(name = "duration_weeks")
    private Integer durationWeeks;

    @Column(name = "sites", length = 1000)
    private String sites;

    @Column(name = "stop_criteria", length = 4000)
    private String stopCriteria;

    @Column(name = "costs", length = 2000)
    private String costs;

    @Column(name = "data_protection_done", nullable = false)
    private boolean dataProtectionDone;

    protected PilotProtocol() {}

    public PilotProtocol(String endpoints, Integer durationWeeks, String sites, String stopCriteria, String costs,
            boolean dataProtectionDone) {
        this.endpoints = clean(endpoints);
        this.durationWeeks = durationWeeks;
        this.sites = clean(sites);
        this.stopCriteria = clean(stopCriteria);
        this.costs = clean(costs);
        this.dataProtectionDone = dataProtectionDone;
    }

    static PilotProtocol empty() {
        return new PilotProtocol(null, null, null, null, null, false);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The endpoints, one per non-blank line. */
    public List<String> endpointList() {
        return endpoints == null ? List.of()
                : Arrays.stream(endpoints.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Malformed fields (a proposal may still be incomplete). */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        List<String> list = endpointList();
        if (list.size() > MAX_ENDPOINTS) {
            errors.add(new FieldError("endpoints", "pilot.validation.tooManyEndpoints"));
        } else if (list.stream().anyMatch(e -> e.length() > ENDPOINT_MAX) || length(endpoints) > 4000) {
            errors.add(new FieldError("endpoints", "validation.tooLong"));
        }
        if (durationWeeks != null && (durationWeeks < 1 || durationWeeks > MAX_WEEKS)) {
            errors.add(new FieldError("durationWeeks", "pilot.validation.duration"));
        }
        if (length(sites) > 1000) {
            errors.add(new FieldError("sites", "validation.tooLong"));
        }
        if (length(stopCriteria) > 4000) {
            errors.add(new FieldError("stopCriteria", "validation.tooLong"));
        }
        if (length(costs) > 2000) {
            errors.add(new FieldError("costs", "validation.tooLong"));
        }
        return errors;
    }

    /** What is still missing before the protocol can be agreed. */
    public List<FieldError> missingForAgreement() {
        List<FieldError> missing = new ArrayList<>();
        if (endpointList().isEmpty()) {
            missing.add(new FieldError("endpoints", "validation.required"));
        }
        if (durationWeeks == null) {
            missing.add(new FieldError("durationWeeks", "validation.required"));
        }
        if (sites == null) {
            missing.add(new FieldError("sites", "validation.required"));
        }
        if (stopCriteria == null) {
            missing.add(new FieldError("stopCriteria", "validation.required"));
        }
        if (costs == null) {
            missing.add(new FieldError("costs", "validation.required"));
        }
        if (!dataProtectionDone) {
            missing.add(new FieldError("dataProtectionDone", "pilot.validation.dataProtection"));
        }
        return missing;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    public String getEndpoints() {
        return endpoints;
    }

    public Integer getDurationWeeks() {
        return durationWeeks;
    }

    public String getSites() {
        return sites;
    }

    public String getStopCriteria() {
        return stopCriteria;
    }

    public String getCosts() {
        return costs;
    }

    public boolean isDataProtectionDone() {
        return dataProtectionDone;
    }
}

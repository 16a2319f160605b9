package eus.berrigune.pilot.interfaces.rest;

import eus.berrigune.pilot.domain.PilotProtocol;

/** A protocol proposal; {@code version} is the pilot's version the proposer read. */
public class ProtocolRequest {
    public Long version;
    /** Endpoints (success criteria), one per line. */
    public String endpoints;
    public Integer durationWeeks;
    public String sites;
    public String stopCriteria;
    /** Costs or loan terms. */
    public String costs;
    /** The data-protection impact assessment is done. */
    public Boolean dataProtectionDone;

    PilotProtocol toProtocol() {
        return new PilotProtocol(endpoints, durationWeeks, sites, stopCriteria, costs,
                Boolean.TRUE.equals(dataProtectionDone));
    }
}

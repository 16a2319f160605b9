package eus.berrigune.pilot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The clinician's result against one agreed endpoint: met or not, and what was found. */
@Embeddable
public class EndpointResult {

    public static final int FINDING_MAX = 2000;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "endpoint", nullable = false, length = PilotProtocol.ENDPOINT_MAX)
    private String endpoint;

    @Column(name = "met", nullable = false)
    private boolean met;

    @Column(name = "finding", nullable = false, length = FINDING_MAX)
    private String finding;

    protected EndpointResult() {}

    EndpointResult(int position, String endpoint, boolean met, String finding) {
        this.position = position;
        this.endpoint = endpoint;
        this.met = met;
        this.finding = finding;
    }

    public int getPosition() {
        return position;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public boolean isMet() {
        return met;
    }

    public String getFinding() {
        return finding;
    }
}

package eus.berrigune.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An adviser involved in the consultation and why they were chosen (published with the notice, LCSP art. 115). */
@Embeddable
public class Adviser {

    public static final int NAME_MAX = 200;
    public static final int REASON_MAX = 1000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = NAME_MAX)
    private String affiliation;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    protected Adviser() {}

    public Adviser(String name, String affiliation, String reason) {
        this.name = name;
        this.affiliation = affiliation;
        this.reason = reason;
    }

    public String getName() {
        return name;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getReason() {
        return reason;
    }
}

package eus.berrigune.pilot.interfaces.rest;

/** A pilot request as the API takes it. */
public class PilotRequest {
    /** One of the caller's organisation's needs. */
    public Long needId;
    /** A published product. */
    public Long productId;
    /** How the product would be used in the pilot. */
    public String intendedUse;
    /** The use lies within the manufacturer's intended purpose (the regulatory gate checks it). */
    public Boolean withinIntendedPurpose;
}

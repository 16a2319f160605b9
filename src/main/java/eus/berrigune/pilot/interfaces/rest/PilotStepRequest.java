package eus.berrigune.pilot.interfaces.rest;

/** The words a step needs: a reason (reject, decline, withdraw), a note (clinical investigation, update) or the stop criterion. */
public class PilotStepRequest {
    public String reason;
    public String note;
    public String criterion;
}

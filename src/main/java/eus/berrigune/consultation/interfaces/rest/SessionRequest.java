package eus.berrigune.consultation.interfaces.rest;

import eus.berrigune.consultation.domain.ConsultationSession;
import java.time.Instant;

/**
 * An information session, or one-to-one slots ({@code slots} consecutive slots of {@code durationMinutes}); or the
 * minutes of a session held.
 */
public class SessionRequest {
    public ConsultationSession.Kind kind;
    public Instant startsAt;
    public Integer durationMinutes;
    public String location;
    public String agenda;
    public Integer slots;
    public String minutes;
}

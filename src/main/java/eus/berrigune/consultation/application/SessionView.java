package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.ConsultationSession;
import java.time.Instant;

/**
 * A session or one-to-one slot as the caller may see it: whether a slot is booked, but by whom only for the buying
 * team and the booking company itself.
 *
 * @param id session
 * @param kind information session or one-to-one slot
 * @param startsAt start
 * @param durationMinutes length
 * @param location address or video link (participants only; null for others)
 * @param agenda agenda
 * @param status scheduled, held or cancelled
 * @param minutes the minutes, once held (published to every participant)
 * @param booked whether a one-to-one slot is taken
 * @param bookedByYou whether the caller's company took it
 * @param companyName the company that took it (buying team only)
 */
public record SessionView(long id, ConsultationSession.Kind kind, Instant startsAt, int durationMinutes, String location,
        String agenda, ConsultationSession.Status status, String minutes, boolean booked, boolean bookedByYou,
        String companyName) implements java.io.Serializable {}

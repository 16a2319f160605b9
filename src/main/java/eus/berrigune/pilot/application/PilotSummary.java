package eus.berrigune.pilot.application;

import eus.berrigune.pilot.domain.PilotStatus;
import java.time.Instant;

/**
 * A pilot in a list.
 *
 * @param id pilot
 * @param status state
 * @param statusLabel the state in the caller's language
 * @param statusSince since when
 * @param needTitle the need
 * @param productName the product
 * @param companyName the company
 */
public record PilotSummary(long id, PilotStatus status, String statusLabel, Instant statusSince, String needTitle,
        String productName, String companyName) implements java.io.Serializable {}

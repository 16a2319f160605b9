package eus.berrigune.pilot.application;

import eus.berrigune.catalog.domain.InteroperabilityStandard;
import java.time.Instant;
import java.util.Set;

/**
 * A clinical need as its organisation's staff see it.
 *
 * @param id need
 * @param language the language it was written in
 * @param title short name
 * @param problem the problem
 * @param careSetting where care happens
 * @param hospital hospital
 * @param department department
 * @param patientsAffected patients a year
 * @param desiredOutcomes what should improve
 * @param constraints constraints
 * @param emdnCodes kinds of device that could help
 * @param requiredStandards standards the solution must speak
 * @param consultationId the market consultation it was turned into, or null
 * @param marketRequestedAt when staff asked the procurement officers to consult the market, or null
 * @param createdAt when it was written
 */
public record NeedView(long id, String language, String title, String problem, String careSetting, String hospital,
        String department,
        Integer patientsAffected, String desiredOutcomes, String constraints, Set<String> emdnCodes,
        Set<InteroperabilityStandard> requiredStandards, Long consultationId,
        Instant marketRequestedAt, Instant createdAt) implements java.io.Serializable {}

package eus.berrigune.pilot.domain;

import java.util.List;
import java.util.Optional;

/** Pilots. */
public interface PilotRepository {

    Pilot save(Pilot pilot);

    Optional<Pilot> find(long id);

    /** A buying organisation's pilots, newest first. */
    List<Pilot> findByOrganisation(long organisationId);

    /** The pilots a company has been invited to, newest first. */
    List<Pilot> findInvitedCompany(long companyId);

    /** The pilots requested for a need, oldest first. */
    List<Pilot> findByNeed(long needId);

    /** How many pilots are in each state, over all organisations. */
    java.util.Map<PilotStatus, Long> countByStatus();

    void flush();
}

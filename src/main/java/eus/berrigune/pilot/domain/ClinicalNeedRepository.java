package eus.berrigune.pilot.domain;

import java.util.List;
import java.util.Optional;

/** Clinical needs. */
public interface ClinicalNeedRepository {

    ClinicalNeed save(ClinicalNeed need);

    Optional<ClinicalNeed> find(long id);

    /** An organisation's needs, newest first. */
    List<ClinicalNeed> findByOrganisation(long organisationId);
}

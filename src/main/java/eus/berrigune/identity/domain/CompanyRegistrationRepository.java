package eus.berrigune.identity.domain;

import eus.berrigune.shared.domain.NotFoundException;
import java.util.List;
import java.util.Optional;

/** Company self-registrations. */
public interface CompanyRegistrationRepository {

    Optional<CompanyRegistration> find(long id);

    default CompanyRegistration get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("registration", id));
    }

    /** The registration whose unused confirmation secret has this hash. */
    Optional<CompanyRegistration> findByTokenHash(String tokenHash);

    /** Registrations whose company is in one of the states, oldest first. */
    List<CompanyRegistration> findByStatus(java.util.Collection<OrganisationStatus> statuses);

    CompanyRegistration save(CompanyRegistration registration);
}

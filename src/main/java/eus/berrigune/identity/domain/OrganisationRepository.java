package eus.berrigune.identity.domain;

import eus.berrigune.shared.domain.NotFoundException;
import java.util.List;
import java.util.Optional;

/** Organisations, companies and buying organisations alike. */
public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    default Organisation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    Optional<Organisation> findByName(String name);

    /**
     * An organisation whose VAT / NIF, without blanks, dots and dashes, is this one, with or without the {@code ES}
     * prefix (compared without case).
     */
    Optional<Organisation> findByVatNumber(String normalisedVatNumber);

    /** The organisation whose single sign-on code is exactly this one. */
    Optional<Organisation> findBySsoCode(String code);

    List<Organisation> findAll();

    List<Organisation> findAll(java.util.Collection<Long> ids);

    Organisation save(Organisation organisation);
}

package eus.berrigune.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The administrator's role mappings for single sign-on. */
public interface SingleSignOnRoleMappingRepository {

    /** The mapping of this (normalised) claim value. */
    Optional<SingleSignOnRoleMapping> findByClaimValue(String claimValue);

    /** The mappings of any of these (normalised) claim values. */
    List<SingleSignOnRoleMapping> findByClaimValues(Collection<String> claimValues);

    List<SingleSignOnRoleMapping> findAll();

    SingleSignOnRoleMapping save(SingleSignOnRoleMapping mapping);

    void delete(SingleSignOnRoleMapping mapping);
}

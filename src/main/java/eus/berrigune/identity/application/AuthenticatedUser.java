package eus.berrigune.identity.application;

import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.shared.domain.Language;
import java.util.Set;

/**
 * Who is calling, resolved once per request: the other capabilities know users only through this.
 *
 * @param userId the user's id
 * @param username the sign-in name
 * @param displayName the name shown on screen
 * @param organisationId the user's organisation
 * @param organisationName the organisation's name
 * @param organisationKind company or buying organisation
 * @param roles the user's roles
 * @param language the user's preferred language
 */
public record AuthenticatedUser(
        long userId,
        String username,
        String displayName,
        long organisationId,
        String organisationName,
        OrganisationKind organisationKind,
        Set<Role> roles,
        Language language) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isSupplierOf(long companyId) {
        return hasRole(Role.SUPPLIER) && organisationId == companyId;
    }

    public boolean isBuyingStaff() {
        return organisationKind == OrganisationKind.BUYER
                && (hasRole(Role.BUYER) || hasRole(Role.CLINICIAN) || hasRole(Role.EVALUATOR));
    }
}

package eus.berrigune.identity.application;

import eus.berrigune.identity.domain.Role;
import eus.berrigune.identity.domain.UserAccount;
import java.util.Set;

/**
 * A user as the administration pages show it (never the password hash).
 *
 * @param id id
 * @param username sign-in name
 * @param displayName name
 * @param email e-mail
 * @param organisationId organisation
 * @param organisationName organisation's name
 * @param roles roles
 * @param enabled may sign in
 */
public record UserSummary(
        long id,
        String username,
        String displayName,
        String email,
        long organisationId,
        String organisationName,
        Set<Role> roles,
        boolean enabled) implements java.io.Serializable {

    static UserSummary of(UserAccount u) {
        return new UserSummary(
                u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getOrganisation().getId(),
                u.getOrganisation().getName(), u.getRoles(), u.isEnabled());
    }
}

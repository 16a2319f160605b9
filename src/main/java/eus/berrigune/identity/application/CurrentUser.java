package eus.berrigune.identity.application;

import eus.berrigune.identity.domain.Role;
import eus.berrigune.identity.domain.UserAccount;
import eus.berrigune.identity.domain.UserAccountRepository;
import eus.berrigune.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller of the current request, or nobody. Resolved from the container's principal once per request and then
 * read by the application services, which are the authorisation boundary.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository users;

    private Optional<AuthenticatedUser> resolved;

    public Optional<AuthenticatedUser> get() {
        if (resolved == null) {
            Principal principal = securityContext.getCallerPrincipal();
            resolved = principal == null
                    ? Optional.empty()
                    : users.findByUsername(principal.getName())
                            .filter(UserAccount::maySignIn)
                            .map(CurrentUser::toAuthenticatedUser);
        }
        return resolved;
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public boolean hasRole(Role role) {
        return get().map(u -> u.hasRole(role)).orElse(false);
    }

    /** The signed-in user, or an access denial. */
    public AuthenticatedUser require() {
        return get().orElseThrow(AccessDeniedException::new);
    }

    /** The signed-in user holding the role, or an access denial. */
    public AuthenticatedUser require(Role role) {
        AuthenticatedUser user = require();
        if (!user.hasRole(role)) {
            throw new AccessDeniedException();
        }
        return user;
    }

    static AuthenticatedUser toAuthenticatedUser(UserAccount account) {
        return new AuthenticatedUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getOrganisation().getId(),
                account.getOrganisation().getName(),
                account.getOrganisation().getKind(),
                account.getRoles(),
                account.getLanguage());
    }
}

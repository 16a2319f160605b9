package eus.berrigune.identity.infrastructure;

import eus.berrigune.identity.application.PasswordHasher;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.identity.domain.UserAccount;
import eus.berrigune.identity.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validates local accounts (user name + password) against the user table. Groups are the user's role names, which
 * Liberty maps to the application's roles of the same name. A disabled account, or one whose organisation's standing
 * does not allow it (a registration not yet confirmed, or rejected), is refused like a wrong password.
 */
@ApplicationScoped
public class BerriguneIdentityStore implements IdentityStore {

    /** Compared against when the user does not exist, so that a wrong user name costs as much as a wrong password. */
    private static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:100000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = upc.getPasswordAsString();
        Optional<UserAccount> account = users.findByUsername(upc.getCaller().strip().toLowerCase());
        if (account.isEmpty()) {
            safeMatches(password, DUMMY_HASH);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount user = account.get();
        boolean matches = safeMatches(password, user.getPasswordHash());
        if (!user.maySignIn() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                user.getUsername(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private boolean safeMatches(String password, String hash) {
        try {
            return hasher.matches(password, hash);
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }
}

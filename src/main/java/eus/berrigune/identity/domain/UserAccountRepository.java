package eus.berrigune.identity.domain;

import eus.berrigune.shared.domain.NotFoundException;
import java.util.List;
import java.util.Optional;

/** User accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    default UserAccount get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    Optional<UserAccount> findByUsername(String username);

    /** The account linked to this person of this identity provider (single sign-on). */
    Optional<UserAccount> findBySsoSubject(String issuer, String subject);

    List<UserAccount> findByOrganisation(long organisationId);

    /** Whether any account has this e-mail address (compared without case). */
    boolean existsByEmail(String email);

    List<UserAccount> findAll();

    UserAccount save(UserAccount user);

    long count();
}

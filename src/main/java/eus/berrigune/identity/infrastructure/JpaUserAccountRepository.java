package eus.berrigune.identity.infrastructure;

import eus.berrigune.identity.domain.UserAccount;
import eus.berrigune.identity.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findBySsoSubject(String issuer, String subject) {
        return em.createQuery("select u from UserAccount u where u.ssoIssuer = :issuer and u.ssoSubject = :subject",
                        UserAccount.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UserAccount> findByOrganisation(long organisationId) {
        return em.createQuery(
                        "select u from UserAccount u where u.organisation.id = :org order by u.username",
                        UserAccount.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    @Override
    public boolean existsByEmail(String email) {
        return !em.createQuery("select u.id from UserAccount u where lower(u.email) = lower(:email)", Long.class)
                .setParameter("email", email.strip())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public UserAccount save(UserAccount user) {
        if (user.getId() == null) {
            em.persist(user);
            return user;
        }
        return em.merge(user);
    }
}

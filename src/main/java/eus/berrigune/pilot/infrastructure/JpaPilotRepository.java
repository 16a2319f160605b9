package eus.berrigune.pilot.infrastructure;

import eus.berrigune.pilot.domain.Pilot;
import eus.berrigune.pilot.domain.PilotRepository;
import eus.berrigune.pilot.domain.PilotStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPilotRepository implements PilotRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Pilot save(Pilot pilot) {
        em.persist(pilot);
        return pilot;
    }

    @Override
    public Optional<Pilot> find(long id) {
        return Optional.ofNullable(em.find(Pilot.class, id));
    }

    @Override
    public List<Pilot> findByOrganisation(long organisationId) {
        return em.createQuery("select p from Pilot p where p.organisationId = :org order by p.createdAt desc, p.id desc",
                        Pilot.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    @Override
    public List<Pilot> findInvitedCompany(long companyId) {
        return em.createQuery("select p from Pilot p where p.companyId = :company and p.invitedAt is not null"
                                + " order by p.invitedAt desc, p.id desc", Pilot.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    @Override
    public List<Pilot> findByNeed(long needId) {
        return em.createQuery("select p from Pilot p where p.needId = :need order by p.createdAt, p.id", Pilot.class)
                .setParameter("need", needId)
                .getResultList();
    }

    @Override
    public Map<PilotStatus, Long> countByStatus() {
        Map<PilotStatus, Long> counts =
                new EnumMap<>(PilotStatus.class);
        for (Object[] row : em.createQuery("select p.status, count(p) from Pilot p group by p.status", Object[].class)
                .getResultList()) {
            counts.put((PilotStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public void flush() {
        em.flush();
    }
}

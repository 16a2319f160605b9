package eus.berrigune.catalog.infrastructure;

import eus.berrigune.catalog.domain.DocumentContent;
import eus.berrigune.catalog.domain.EvidenceDocument;
import eus.berrigune.catalog.domain.Product;
import eus.berrigune.catalog.domain.ProductRepository;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.catalog.domain.Verification;
import eus.berrigune.shared.domain.EditConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    @Override
    public Optional<Product> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    @Override
    public Product getForUpdate(long id, long version) {
        Product product = get(id);
        if (product.getVersion() != version) {
            throw new EditConflictException();
        }
        return product;
    }

    @Override
    public Product save(Product product) {
        if (product.getId() == null) {
            em.persist(product);
            return product;
        }
        return em.merge(product);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new EditConflictException();
        }
    }

    @Override
    public List<Product> findByCompany(long companyId) {
        return withListBatching(em.createQuery(
                        "select p from Product p where p.companyId = :company order by p.updatedAt desc", Product.class))
                .setParameter("company", companyId)
                .getResultList();
    }

    @Override
    public java.util.Set<Long> companiesPublishingUnder(java.util.Collection<String> emdnPrefixes) {
        java.util.Set<Long> companies = new java.util.TreeSet<>();
        for (String prefix : java.util.Set.copyOf(emdnPrefixes)) {
            companies.addAll(em.createQuery("select distinct p.companyId from Product p"
                            + " where p.status = :status and p.emdnCode like :prefix", Long.class)
                    .setParameter("status", ProductStatus.PUBLISHED)
                    .setParameter("prefix", escapeLike(prefix) + "%")
                    .getResultList());
        }
        return companies;
    }

    @Override
    public List<Product> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // read-only: callers only read them, often inside another capability's transaction, whose commit must not
        // compute changes on batch-read products (EclipseLink then fails on their text map)
        return withListBatching(em.createQuery("select p from Product p where p.id in :ids", Product.class))
                .setParameter("ids", ids)
                .setHint("eclipselink.read-only", "true")
                .getResultList();
    }

    @Override
    public Map<Long, StatusAndOwner> findStates(java.util.Collection<Long> ids) {
        Map<Long, StatusAndOwner> states = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        for (Object[] row : em.createQuery(
                        "select p.id, p.status, p.companyId from Product p where p.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            states.put((Long) row[0], new StatusAndOwner((ProductStatus) row[1], ((Number) row[2]).longValue()));
        }
        return states;
    }

    @Override
    public List<Product> findAfter(long afterId, int limit) {
        return withListBatching(em.createQuery(
                        "select p from Product p where p.id > :after order by p.id", Product.class))
                .setHint("eclipselink.batch", "p.interoperability")
                .setHint("eclipselink.batch", "p.cpvCodes")
                .setHint("eclipselink.read-only", "true")
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Lists show texts and evidence of every product: load them for the whole page in one query each (EclipseLink
     * batch reading), not one query per product.
     */
    private static <T> TypedQuery<T> withListBatching(TypedQuery<T> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.texts")
                .setHint("eclipselink.batch", "p.evidence");
    }

    @Override
    public List<Product> findPublished(String emdnPrefix, int offset, int limit) {
        TypedQuery<Product> query = withListBatching(em.createQuery(
                        "select p from Product p where p.status = :status"
                                + (emdnPrefix == null ? "" : " and p.emdnCode like :prefix")
                                + " order by p.publishedAt desc, p.id desc",
                        Product.class))
                .setParameter("status", ProductStatus.PUBLISHED)
                .setFirstResult(offset)
                .setMaxResults(limit);
        if (emdnPrefix != null) {
            query.setParameter("prefix", escapeLike(emdnPrefix) + "%");
        }
        return query.getResultList();
    }

    @Override
    public long countPublished(String emdnPrefix) {
        TypedQuery<Long> query = em.createQuery(
                "select count(p) from Product p where p.status = :status"
                        + (emdnPrefix == null ? "" : " and p.emdnCode like :prefix"),
                Long.class)
                .setParameter("status", ProductStatus.PUBLISHED);
        if (emdnPrefix != null) {
            query.setParameter("prefix", escapeLike(emdnPrefix) + "%");
        }
        return query.getSingleResult();
    }

    @Override
    public Map<String, Long> countPublishedByCategory() {
        // Grouped by full code and folded to the category letter here: a GROUP BY on SUBSTRING with bound
        // parameters is not the same expression as the selected one for PostgreSQL.
        List<Object[]> rows = em.createQuery(
                        "select p.emdnCode, count(p) from Product p"
                                + " where p.status = :status and p.emdnCode is not null group by p.emdnCode",
                        Object[].class)
                .setParameter("status", ProductStatus.PUBLISHED)
                .getResultList();
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.merge(((String) row[0]).substring(0, 1), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    @Override
    public List<java.math.BigDecimal> publishedFootprints(String declaredUnit) {
        return em.createQuery(
                        "select p.sustainability.kgCo2e from Product p where p.status = :status"
                                + " and p.sustainability.kgCo2e is not null"
                                + " and lower(p.sustainability.declaredUnit) = lower(:unit)",
                        java.math.BigDecimal.class)
                .setParameter("status", ProductStatus.PUBLISHED)
                .setParameter("unit", declaredUnit.strip())
                .getResultList();
    }

    @Override
    public List<Product> findWithEvidenceToReview(int limit) {
        return em.createQuery(
                        "select distinct p from Product p join p.evidence e"
                                + " where p.status = :status and e.verification = :pending order by p.id",
                        Product.class)
                .setParameter("status", ProductStatus.PUBLISHED)
                .setParameter("pending", Verification.SELF_DECLARED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<EvidenceDocument> findDocument(long documentId) {
        return Optional.ofNullable(em.find(EvidenceDocument.class, documentId));
    }

    @Override
    public void saveContent(DocumentContent content) {
        em.persist(content);
    }

    @Override
    public Optional<DocumentContent> findContent(long documentId) {
        return Optional.ofNullable(em.find(DocumentContent.class, documentId));
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public java.util.Map<ProductStatus, Long> countByStatus() {
        java.util.Map<ProductStatus, Long> counts = new java.util.EnumMap<>(ProductStatus.class);
        for (Object[] row : em.createQuery("select p.status, count(p) from Product p group by p.status", Object[].class)
                .getResultList()) {
            counts.put((ProductStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}

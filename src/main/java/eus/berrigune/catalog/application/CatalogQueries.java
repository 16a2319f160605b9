package eus.berrigune.catalog.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.catalog.domain.EvidenceDocument;
import eus.berrigune.catalog.domain.EvidenceItem;
import eus.berrigune.catalog.domain.Product;
import eus.berrigune.catalog.domain.ProductRepository;
import eus.berrigune.catalog.domain.ProductText;
import eus.berrigune.catalog.domain.RegulatoryStatus;
import eus.berrigune.catalog.domain.SustainabilityProfile;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read side of the catalogue: what the caller may see of products and documents, as DTOs. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogQueries {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deep enough for any catalogue; keeps offsets far from integer overflow. */
    static final int MAX_PAGE = 100_000;
    static final int EXPIRY_WARNING_DAYS = 90;

    @Inject
    ProductRepository products;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityService identity;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** A product the caller may read, else not found. */
    public ProductDetails details(long productId) {
        Product product = products.find(productId).orElseThrow(() -> new NotFoundException("product", productId));
        Optional<AuthenticatedUser> user = currentUser.get();
        if (!CatalogAccessPolicy.canRead(product, user)) {
            throw new NotFoundException("product", productId);
        }
        return toDetails(product, user);
    }

    /** Published products, optionally within an EMDN code's subtree, newest first. */
    public Page<ProductSummary> published(String emdnPrefix, int page, int size, Language language) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, Math.min(page, MAX_PAGE));
        String prefix = emdnPrefix == null || emdnPrefix.isBlank() ? null : emdnPrefix.strip().toUpperCase();
        List<Product> found = products.findPublished(prefix, safePage * safeSize, safeSize);
        long total = products.countPublished(prefix);
        return new Page<>(summaries(found, language), safePage, safeSize, total);
    }

    /** How many products are in each state (administrators only). */
    public Map<ProductStatus, Long> countsByStatus() {
        currentUser.require(Role.ADMIN);
        return products.countByStatus();
    }

    /** The caller's company's products in every state. */
    public List<ProductSummary> ownProducts(Language language) {
        AuthenticatedUser user = currentUser.require(Role.SUPPLIER);
        return summaries(products.findByCompany(user.organisationId()), language);
    }

    /**
     * Of the given products, those the caller may read, by id (the others are simply absent: lists that keep
     * product ids, such as shortlists, show them as no longer available).
     */
    public Map<Long, ProductSummary> readable(java.util.Collection<Long> ids, Language language) {
        Optional<AuthenticatedUser> user = currentUser.get();
        List<Product> found = products.findAll(ids).stream()
                .filter(p -> CatalogAccessPolicy.canRead(p, user))
                .toList();
        Map<Long, ProductSummary> byId = new java.util.LinkedHashMap<>();
        summaries(found, language).forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /** Companies with a published product under any of the EMDN codes: who a consultation on them concerns. */
    public java.util.Set<Long> companiesPublishingUnder(java.util.Collection<String> emdnCodes) {
        return products.companiesPublishingUnder(emdnCodes);
    }

    /** Published products per EMDN category letter. */
    public Map<String, Long> publishedByCategory() {
        return products.countPublishedByCategory();
    }

    /**
     * How a footprint compares with the published products declared for the same unit: footprints are compared
     * only when the declared units match.
     */
    public Optional<FootprintBenchmark> footprintBenchmark(String declaredUnit) {
        if (declaredUnit == null || declaredUnit.isBlank()) {
            return Optional.empty();
        }
        List<java.math.BigDecimal> values = products.publishedFootprints(declaredUnit).stream().sorted().toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        java.math.BigDecimal median = values.size() % 2 == 1
                ? values.get(values.size() / 2)
                : values.get(values.size() / 2 - 1).add(values.get(values.size() / 2))
                        .divide(java.math.BigDecimal.valueOf(2), java.math.RoundingMode.HALF_UP);
        return Optional.of(new FootprintBenchmark(declaredUnit, values.size(), values.get(0), median,
                values.get(values.size() - 1)));
    }

    /** Published products with self-declared evidence, for evaluators. */
    public List<ProductDetails> evidenceToReview(int limit) {
        if (!CatalogAccessPolicy.canVerify(currentUser.get())) {
            throw new AccessDeniedException();
        }
        Optional<AuthenticatedUser> user = currentUser.get();
        return products.findWithEvidenceToReview(Math.min(limit, MAX_PAGE_SIZE)).stream()
                .map(p -> toDetails(p, user))
                .toList();
    }

    /** A document's content, if the caller may read it; otherwise not found. */
    public DocumentDownload download(long documentId) {
        EvidenceDocument document =
                products.findDocument(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        if (!CatalogAccessPolicy.canReadDocument(document, currentUser.get())) {
            throw new NotFoundException("document", documentId);
        }
        byte[] content = products.findContent(documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId))
                .getContent();
        if (document.isBuyerOnly()) {
            audit.record("read", "document", documentId, "buyer-only, product " + document.getProduct().getId());
        }
        return new DocumentDownload(document.getFileName(), document.getContentType(), content, document.getSha256());
    }

    List<ProductSummary> summaries(List<Product> list, Language language) {
        Map<Long, OrganisationSummary> companies =
                identity.publicProfiles(list.stream().map(Product::getCompanyId).toList());
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(p -> toSummary(p, language, companies, today)).toList();
    }

    private ProductSummary toSummary(
            Product p, Language language, Map<Long, OrganisationSummary> companies, LocalDate today) {
        Optional<Map.Entry<Language, ProductText>> text = p.textFor(language);
        RegulatoryStatus r = p.getRegulatory();
        SustainabilityProfile s = p.getSustainability();
        OrganisationSummary company = companies.get(p.getCompanyId());
        return new ProductSummary(
                p.getId(),
                p.getStatus(),
                text.map(e -> e.getValue().getName()).orElse("#" + p.getId()),
                text.map(e -> e.getKey().code()).orElse(language.code()),
                p.getCompanyId(),
                company == null ? "" : company.name(),
                p.getEmdnCode(),
                emdn.find(p.getEmdnCode()).map(EmdnTerm::term).orElse(null),
                r.getRiskClass(),
                r.getCeStatus(),
                r.getCertificateExpiry(),
                r.isCertificateExpired(today),
                p.evidenceLevel(),
                p.getEvidence().size(),
                p.verifiedEvidenceCount(),
                s.getKgCo2e(),
                s.getDeclaredUnit(),
                p.getTrl(),
                p.getUpdatedAt());
    }

    private ProductDetails toDetails(Product p, Optional<AuthenticatedUser> user) {
        LocalDate today = LocalDate.now(clock);
        OrganisationSummary company = identity.publicProfiles(List.of(p.getCompanyId())).get(p.getCompanyId());
        Map<String, ProductDetails.Text> texts = textsOf(p);
        RegulatoryStatus r = p.getRegulatory();
        SustainabilityProfile s = p.getSustainability();
        List<EvidenceDocument> readable = p.getDocuments().stream()
                .filter(d -> CatalogAccessPolicy.canReadDocument(d, user))
                .toList();
        List<Long> readableIds = readable.stream().map(EvidenceDocument::getId).toList();
        return new ProductDetails(
                p.getId(),
                p.getVersion(),
                p.getStatus(),
                p.getCompanyId(),
                company == null ? "" : company.name(),
                company != null && company.clusterMember(),
                texts,
                p.getEmdnCode(),
                emdn.path(p.getEmdnCode()).stream().map(t -> new ProductDetails.Emdn(t.code(), t.term())).toList(),
                p.getCpvCodes(),
                p.getWebsite(),
                new ProductDetails.Regulatory(
                        r.getLegislation(), r.getRiskClass(), r.getCeStatus(), r.getNotifiedBodyNumber(),
                        r.getNotifiedBodyName(), r.getCertificateNumber(), r.getCertificateExpiry(),
                        r.isCertificateExpired(today), r.isCertificateExpiringWithin(today, EXPIRY_WARNING_DAYS),
                        r.getBasicUdiDi()),
                p.getTrl(),
                p.getNiceTier(),
                p.getInteroperability(),
                p.evidenceLevel(),
                p.getEvidence().stream().map(e -> toEvidence(e, readableIds)).toList(),
                new ProductDetails.Sustainability(
                        s.getKgCo2e(), s.getDeclaredUnit(), s.getMethod(), s.getReferenceYear(),
                        s.isThirdPartyVerified(), s.getRecyclablePercent(), s.isReusable(), s.isTakeBack(),
                        s.getPackaging(), s.getEnergyKwhPerYear(), p.getEnvironmentalCertificates(),
                        p.getHazardousFree()),
                readable.stream()
                        .map(d -> new ProductDetails.Document(d.getId(), d.getFileName(), d.getSizeBytes(), d.getSha256(), d.isBuyerOnly()))
                        .toList(),
                p.readiness().stream().map(f -> new ProductDetails.Missing(f.field(), f.messageKey())).toList(),
                p.getPublishedAt(),
                p.getUpdatedAt(),
                p.getArchiveReason());
    }

    /** The product's texts by language code, in the order eu, es, en. */
    static Map<String, ProductDetails.Text> textsOf(Product p) {
        Map<String, ProductDetails.Text> texts = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            ProductText t = p.getTexts().get(language);
            if (t != null) {
                texts.put(language.code(), new ProductDetails.Text(t.getName(), t.getDescription(), t.getIntendedPurpose()));
            }
        }
        return texts;
    }

    private static ProductDetails.Evidence toEvidence(EvidenceItem e, List<Long> readableDocuments) {
        Long documentId = e.getDocumentId() != null && readableDocuments.contains(e.getDocumentId())
                ? e.getDocumentId()
                : null;
        return new ProductDetails.Evidence(
                e.getId(), e.getVersion(), e.getKind(), e.getDesign(), e.getPopulation(), e.getTitle(),
                e.getSummary(), e.getLanguage(), e.getReference(), documentId, e.getVerification(),
                e.getVerifiedBy(), e.getVerifierOrganisation(), e.getVerifiedAt(), e.getReturnReason(),
                e.getPilotId().orElse(null));
    }
}

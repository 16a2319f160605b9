package eus.berrigune.catalog.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.catalog.domain.DocumentContent;
import eus.berrigune.catalog.domain.EvidenceData;
import eus.berrigune.catalog.domain.EvidenceDocument;
import eus.berrigune.catalog.domain.EvidenceItem;
import eus.berrigune.catalog.domain.Product;
import eus.berrigune.catalog.domain.ProductRecord;
import eus.berrigune.catalog.domain.ProductRepository;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Every change to products, their evidence and documents: the transaction and authorisation boundary of the
 * catalogue. Changes are made by the owning company's suppliers; evaluators verify evidence; administrators may
 * archive any product with a reason. After each committed change a {@link ProductChanged} event is fired.
 */
@ApplicationScoped
@Transactional
public class ProductService {

    @Inject
    eus.berrigune.identity.application.IdentityService identity;

    @Inject
    ProductRepository products;

    @Inject
    CurrentUser currentUser;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    DocumentInspector inspector;

    @Inject
    Clock clock;

    @Inject
    Event<ProductChanged> changed;

    @Inject
    AuditTrail audit;

    /** Creates a draft for the caller's company. */
    public long create(ProductRecord record) {
        AuthenticatedUser user = currentUser.require(Role.SUPPLIER);
        checkEmdn(record);
        Product product = products.save(new Product(user.organisationId(), record));
        fire(product);
        audit.record("create", "product", product.getId());
        return product.getId();
    }

    /** Creates a product for a company without an acting user: for the demo data set only. */
    public Product createUnchecked(long companyId, ProductRecord record) {
        checkEmdn(record);
        return products.save(new Product(companyId, record));
    }

    /** Writes pending changes now, so that new evidence items get their ids: for the demo data set only. */
    public void flush() {
        products.flush();
    }

    /** Replaces the record of a product, failing with a conflict if somebody saved it since {@code version}. */
    public void update(long productId, long version, ProductRecord record) {
        Product product = editable(productId);
        if (product.getVersion() != version) {
            throw new eus.berrigune.shared.domain.EditConflictException();
        }
        checkEmdn(record);
        product.update(record);
        fire(product);
        audit.record("update", "product", productId);
    }

    /** Publishes a product of the caller's company; a company that is not yet approved prepares drafts only. */
    public void publish(long productId) {
        Product product = editable(productId);
        if (!identity.mayPublish(product.getCompanyId())) {
            throw new eus.berrigune.shared.domain.InvalidStateException("product.message.companyNotApproved");
        }
        product.publish(clock.instant());
        fire(product);
        audit.record("publish", "product", productId);
    }

    /** Archives a product: its company, or an administrator who must give a reason. */
    public void archive(long productId, String reason) {
        Product product = readable(productId);
        Optional<AuthenticatedUser> user = currentUser.get();
        if (!CatalogAccessPolicy.canEdit(product, user)) {
            if (!currentUser.hasRole(Role.ADMIN)) {
                throw new AccessDeniedException();
            }
            if (product.getStatus() != eus.berrigune.catalog.domain.ProductStatus.PUBLISHED) {
                throw new AccessDeniedException();
            }
            if (reason == null || reason.isBlank()) {
                throw new ValidationException("archiveReason", "product.validation.archiveReasonRequired");
            }
        }
        product.archive(reason, clock.instant());
        fire(product);
        audit.record("archive", "product", productId, reason);
    }

    public long addEvidence(long productId, EvidenceData data) {
        Product product = editable(productId);
        EvidenceItem item = product.addEvidence(data);
        products.flush();
        fire(product);
        audit.record("add-evidence", "product", productId, "evidence " + item.getId());
        return item.getId();
    }

    public void changeEvidence(long productId, long itemId, EvidenceData data) {
        Product product = editable(productId);
        product.changeEvidence(itemId, data);
        fire(product);
        audit.record("change-evidence", "product", productId, "evidence " + itemId);
    }

    public void removeEvidence(long productId, long itemId) {
        Product product = editable(productId);
        product.removeEvidence(itemId);
        fire(product);
        audit.record("remove-evidence", "product", productId, "evidence " + itemId);
    }

    /** Stores a PDF (checked by content, at most 20 MB) with the product; returns the document id. */
    public long uploadDocument(long productId, String fileName, byte[] content, boolean buyerOnly) {
        Product product = editable(productId);
        String name = DocumentInspector.safeFileName(fileName);
        String sha256 = inspector.inspect(name, content);
        EvidenceDocument document =
                product.attachDocument(name, DocumentInspector.PDF, content.length, sha256, buyerOnly);
        products.flush();
        products.saveContent(new DocumentContent(document.getId(), content));
        fire(product);
        audit.record("upload-document", "product", productId,
                "document " + document.getId() + (buyerOnly ? " (buyer-only) " : " ") + name + " sha256 " + sha256);
        return document.getId();
    }

    public void removeDocument(long productId, long documentId) {
        Product product = editable(productId);
        product.removeDocument(documentId);
        fire(product);
        audit.record("remove-document", "product", productId, "document " + documentId);
    }

    /** An evaluator of a buying organisation verifies an evidence item of a published product. */
    public void verifyEvidence(long productId, long itemId) {
        AuthenticatedUser evaluator = requireEvaluator();
        Product product = readable(productId);
        product.verifyEvidence(itemId, evaluator.displayName(), evaluator.organisationName(), clock.instant());
        fire(product);
        audit.record("verify-evidence", "product", productId, "evidence " + itemId);
    }

    /** An evaluator returns an evidence item to the company with a reason. */
    public void returnEvidence(long productId, long itemId, String reason) {
        AuthenticatedUser evaluator = requireEvaluator();
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "evidence.error.reasonRequired");
        }
        if (reason.length() > EvidenceItem.REASON_MAX) {
            throw new ValidationException("reason", "validation.tooLong");
        }
        Product product = readable(productId);
        product.returnEvidence(itemId, evaluator.displayName(), evaluator.organisationName(), reason, clock.instant());
        fire(product);
        audit.record("return-evidence", "product", productId, "evidence " + itemId + ": " + reason);
    }

    /**
     * Records a pilot's signed-off outcome as a verified real-world evidence item on the product, for the pilot
     * capability (which checked that the caller may sign the pilot off): the caller must be a procurement officer of
     * a buying organisation. Returns the item's id.
     */
    public long recordPilotOutcome(long productId, long pilotId, EvidenceData data) {
        AuthenticatedUser buyer = currentUser.require(Role.BUYER);
        if (buyer.organisationKind() != OrganisationKind.BUYER) {
            throw new AccessDeniedException();
        }
        return recordPilotOutcomeUnchecked(productId, pilotId, data, buyer.displayName(), buyer.organisationName(),
                clock.instant());
    }

    /** Records a pilot's signed-off outcome without an acting user: for {@link #recordPilotOutcome} and demo data. */
    public long recordPilotOutcomeUnchecked(long productId, long pilotId, EvidenceData data, String verifier,
            String organisation, java.time.Instant at) {
        Product product = products.find(productId).orElseThrow(() -> new NotFoundException("product", productId));
        EvidenceItem item = product.addPilotOutcome(data, pilotId, verifier, organisation, at);
        products.flush();
        fire(product);
        audit.record("add-pilot-outcome", "product", productId, "evidence item " + item.getId() + " from pilot " + pilotId);
        return item.getId();
    }

    private AuthenticatedUser requireEvaluator() {
        if (!CatalogAccessPolicy.canVerify(currentUser.get())) {
            throw new AccessDeniedException();
        }
        return currentUser.require();
    }

    private Product readable(long productId) {
        Product product = products.find(productId).orElseThrow(() -> new NotFoundException("product", productId));
        if (!CatalogAccessPolicy.canRead(product, currentUser.get())) {
            throw new NotFoundException("product", productId);
        }
        return product;
    }

    /** The product if the caller may edit it; otherwise "not found" (drafts) or "access denied" (published). */
    private Product editable(long productId) {
        Product product = readable(productId);
        if (!CatalogAccessPolicy.canEdit(product, currentUser.get())) {
            throw new AccessDeniedException();
        }
        return product;
    }

    /** All field errors of the record at once, the EMDN code checked against the nomenclature. */
    private void checkEmdn(ProductRecord record) {
        java.util.List<eus.berrigune.shared.domain.FieldError> errors = new java.util.ArrayList<>(record.validate());
        if (record.emdnCode() != null
                && ProductRecord.EMDN.matcher(record.emdnCode()).matches()
                && !emdn.exists(record.emdnCode())) {
            errors.add(new eus.berrigune.shared.domain.FieldError("emdnCode", "product.validation.emdnUnknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * Writes the change now, so that a concurrent change committed meanwhile surfaces here as an edit conflict
     * (instead of a failed commit), then tells observers.
     */
    private void fire(Product product) {
        products.flush();
        changed.fire(new ProductChanged(product.getId(), product.getCompanyId(), product.getStatus()));
    }
}

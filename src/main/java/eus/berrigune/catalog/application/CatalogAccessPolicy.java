package eus.berrigune.catalog.application;

import eus.berrigune.catalog.domain.EvidenceDocument;
import eus.berrigune.catalog.domain.Product;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import java.util.Optional;

/**
 * Who may do what with products and their documents: the catalogue rows of the access policy in
 * docs/architecture.md. Everything not allowed here is denied; objects the caller may not read are reported as
 * missing.
 */
final class CatalogAccessPolicy {

    private CatalogAccessPolicy() {}

    /** Published products are public; drafts and archived products only to their company and administrators. */
    static boolean canRead(Product product, Optional<AuthenticatedUser> user) {
        if (product.getStatus() == ProductStatus.PUBLISHED) {
            return true;
        }
        return user.map(u -> u.isSupplierOf(product.getCompanyId()) || u.hasRole(Role.ADMIN)).orElse(false);
    }

    /** Only the owning company's suppliers change a product's record, evidence and documents. */
    static boolean canEdit(Product product, Optional<AuthenticatedUser> user) {
        return user.map(u -> u.isSupplierOf(product.getCompanyId())).orElse(false);
    }

    /**
     * Public documents follow the product; buyer-only documents are for the owning company, staff of buying
     * organisations and administrators.
     */
    static boolean canReadDocument(EvidenceDocument document, Optional<AuthenticatedUser> user) {
        Product product = document.getProduct();
        if (!canRead(product, user)) {
            return false;
        }
        if (!document.isBuyerOnly()) {
            return true;
        }
        return user.map(u -> u.isSupplierOf(product.getCompanyId())
                        || u.isBuyingStaff()
                        || u.hasRole(Role.ADMIN))
                .orElse(false);
    }

    /** Evaluators of a buying organisation verify evidence. */
    static boolean canVerify(Optional<AuthenticatedUser> user) {
        return user.map(u -> u.hasRole(Role.EVALUATOR) && u.organisationKind() == OrganisationKind.BUYER)
                .orElse(false);
    }
}

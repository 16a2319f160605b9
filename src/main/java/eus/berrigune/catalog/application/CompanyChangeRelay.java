package eus.berrigune.catalog.application;

import eus.berrigune.catalog.domain.Product;
import eus.berrigune.catalog.domain.ProductRepository;
import eus.berrigune.identity.application.OrganisationChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A company's name and cluster membership are part of each of its products as the search index holds them: when the
 * company changes, each of its products counts as changed, in the changing transaction, so that it is re-read into
 * this server's index after the commit and logged for the other servers' ({@link ProductChangeRecorder}).
 */
@ApplicationScoped
public class CompanyChangeRelay {

    @Inject
    ProductRepository products;

    @Inject
    Event<ProductChanged> changed;

    void onOrganisationChanged(@Observes OrganisationChanged event) {
        for (Product product : products.findByCompany(event.organisationId())) {
            changed.fire(new ProductChanged(product.getId(), product.getCompanyId(), product.getStatus()));
        }
    }
}

package eus.berrigune.insight.application;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.identity.application.UserSummary;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.notification.application.EmailOutbox;
import eus.berrigune.notification.domain.OutboxEmail;
import eus.berrigune.shared.application.ChartBar;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The administrators' dashboard: organisations, users, products and notification e-mails, counted. */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AdminDashboard {

    @Inject
    CurrentUser currentUser;

    @Inject
    IdentityService identity;

    @Inject
    CatalogQueries catalog;

    @Inject
    EmailOutbox outbox;

    public AdminFigures figures(Language language) {
        currentUser.require(Role.ADMIN);
        List<OrganisationSummary> organisations = identity.listOrganisations();
        List<UserSummary> users = identity.listUsers();
        List<ChartBar> kinds = new ArrayList<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            kinds.add(ChartBar.of(kind.name(), label(language, "OrganisationKind." + kind.name()),
                    organisations.stream().filter(o -> o.kind() == kind).count()));
        }
        List<ChartBar> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(ChartBar.of(role.name(), label(language, "Role." + role.name()),
                    users.stream().filter(u -> u.roles().contains(role)).count()));
        }
        Map<ProductStatus, Long> products = catalog.countsByStatus();
        List<ChartBar> productBars = new ArrayList<>();
        for (ProductStatus status : ProductStatus.values()) {
            productBars.add(ChartBar.of(status.name(), label(language, "ProductStatus." + status.name()),
                    products.getOrDefault(status, 0L)));
        }
        Map<OutboxEmail.Status, Long> emails = outbox.countsByStatus();
        List<ChartBar> emailBars = new ArrayList<>();
        emails.forEach((status, count) -> emailBars.add(ChartBar.of(status.name(),
                label(language, "OutboxEmail.Status." + status.name()), count)));
        return new AdminFigures(ChartBar.scaled(kinds),
                (int) organisations.stream().filter(OrganisationSummary::clusterMember).count(),
                ChartBar.scaled(roles), (int) users.stream().filter(u -> !u.enabled()).count(),
                ChartBar.scaled(productBars), ChartBar.scaled(emailBars),
                emails.getOrDefault(OutboxEmail.Status.FAILED, 0L));
    }

    private static String label(Language language, String key) {
        return MessageBundle.get(language, key);
    }
}

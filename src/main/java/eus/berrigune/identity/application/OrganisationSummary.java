package eus.berrigune.identity.application;

import eus.berrigune.identity.domain.Organisation;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.OrganisationStatus;

/**
 * What other capabilities and the interfaces know of an organisation.
 *
 * @param id id
 * @param kind company or buying organisation
 * @param name name
 * @param city city
 * @param website website
 * @param email contact e-mail
 * @param vatNumber VAT / NIF
 * @param clusterMember member of the health-tech cluster
 * @param descriptionEu description in Basque
 * @param descriptionEs description in Spanish
 * @param descriptionEn description in English
 * @param version optimistic-locking version
 * @param status standing: approved, or where a self-registration is
 */
public record OrganisationSummary(
        long id,
        OrganisationKind kind,
        String name,
        String city,
        String website,
        String email,
        String vatNumber,
        boolean clusterMember,
        String descriptionEu,
        String descriptionEs,
        String descriptionEn,
        long version,
        OrganisationStatus status) implements java.io.Serializable {

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(
                o.getId(), o.getKind(), o.getName(), o.getCity(), o.getWebsite(), o.getEmail(), o.getVatNumber(),
                o.isClusterMember(),
                o.getDescription(eus.berrigune.shared.domain.Language.EU),
                o.getDescription(eus.berrigune.shared.domain.Language.ES),
                o.getDescription(eus.berrigune.shared.domain.Language.EN),
                o.getVersion(),
                o.getStatus());
    }
}

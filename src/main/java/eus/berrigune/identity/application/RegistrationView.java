package eus.berrigune.identity.application;

import eus.berrigune.identity.domain.CompanyRegistration;
import eus.berrigune.identity.domain.OrganisationStatus;
import java.time.Instant;

/**
 * A company's self-registration as administrators review it (never the confirmation secret or a password hash).
 *
 * @param id the registration
 * @param organisationId the company
 * @param companyName name
 * @param vatNumber VAT / NIF, canonical
 * @param city city
 * @param website website
 * @param companyEmail the company's address
 * @param contactName the contact person
 * @param contactUsername the contact's sign-in name
 * @param contactEmail the contact's (confirmed or not) address
 * @param status where the registration is
 * @param registeredAt when it was registered
 * @param emailConfirmedAt when the address was confirmed, or null
 * @param decidedAt when an administrator decided, or null
 * @param reason the administrator's reason (rejection) or note (approval), or null
 * @param version optimistic-locking version
 */
public record RegistrationView(
        long id,
        long organisationId,
        String companyName,
        String vatNumber,
        String city,
        String website,
        String companyEmail,
        String contactName,
        String contactUsername,
        String contactEmail,
        OrganisationStatus status,
        Instant registeredAt,
        Instant emailConfirmedAt,
        Instant decidedAt,
        String reason,
        long version) implements java.io.Serializable {

    static RegistrationView of(CompanyRegistration r) {
        return new RegistrationView(r.getId(), r.getCompany().getId(), r.getCompany().getName(),
                r.getCompany().getVatNumber(), r.getCompany().getCity(), r.getCompany().getWebsite(),
                r.getCompany().getEmail(), r.getContact().getDisplayName(), r.getContact().getUsername(),
                r.getContact().getEmail(), r.getStatus(), r.getCreatedAt(), r.getEmailConfirmedAt().orElse(null),
                r.getDecidedAt().orElse(null), r.getDecisionReason().orElse(null), r.getVersion());
    }
}

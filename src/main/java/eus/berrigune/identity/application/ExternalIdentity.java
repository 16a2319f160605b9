package eus.berrigune.identity.application;

import java.util.List;
import java.util.Optional;

/**
 * A person as the identity provider vouched for them in a validated ID token: who ({@code iss} + {@code sub}), what
 * they are called, and the values of the configured organisation and role claims.
 *
 * @param issuer the provider ({@code iss})
 * @param subject the person at the provider ({@code sub}), never reassigned by the provider
 * @param preferredUsername {@code preferred_username}, a hint for the local user name
 * @param name {@code name}
 * @param email {@code email}
 * @param locale {@code locale}
 * @param organisationCode the organisation claim's value
 * @param roleValues the role claim's values
 */
public record ExternalIdentity(
        String issuer,
        String subject,
        Optional<String> preferredUsername,
        Optional<String> name,
        Optional<String> email,
        Optional<String> locale,
        Optional<String> organisationCode,
        List<String> roleValues) {

    /** How the audit trail names the person: {@code sso:} and the provider's user name, else the subject. */
    public String auditName() {
        return "sso:" + preferredUsername.orElse(subject);
    }
}

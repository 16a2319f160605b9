package eus.berrigune.identity.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.identity.application.SingleSignOnRefusedException.Reason;
import eus.berrigune.identity.domain.Organisation;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.OrganisationRepository;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.identity.domain.SingleSignOnRoleMapping;
import eus.berrigune.identity.domain.SingleSignOnRoleMappingRepository;
import eus.berrigune.identity.domain.UserAccount;
import eus.berrigune.identity.domain.UserAccountRepository;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lets a person of the health system in whom the identity provider vouched for (a validated ID token): finds the
 * buying organisation by the organisation claim (an administrator gives each organisation its code), maps the role
 * claim to staff roles (the configured role map, {@link SingleSignOnSettings}, and the administrator's
 * {@link SingleSignOnRoleMapping}s), and finds the person's account by {@code iss} + {@code sub} or
 * provisions one at the first sign-in (no local password). Refuses, creating nothing, when the organisation is
 * unknown, no staff role is given, the account belongs to another organisation or is disabled.
 *
 * <p>Companies never come in this way: only buying organisations carry a code, and only staff roles can be mapped.
 * The provider is the source of truth for a provisioned account's roles, name and address: they are refreshed at
 * every sign-in.
 */
@ApplicationScoped
@Transactional
public class SingleSignOnService {

    @Inject
    SingleSignOnSettings settings;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository users;

    @Inject
    SingleSignOnRoleMappingRepository roleMappings;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /**
     * The account this person signs in as, provisioned or refreshed.
     *
     * @throws SingleSignOnRefusedException when the person may not come in; nothing is then created or changed
     */
    public SignedInStaff signIn(ExternalIdentity person) {
        String code = person.organisationCode().map(String::strip).orElse("");
        Organisation organisation = (code.isEmpty() ? Optional.<Organisation>empty() : organisations.findBySsoCode(code))
                .filter(o -> o.getKind() == OrganisationKind.BUYER)
                .orElseThrow(() -> new SingleSignOnRefusedException(Reason.UNKNOWN_ORGANISATION,
                        "organisation claim '" + code + "' names no buying organisation"));
        Set<Role> roles = rolesFor(person.roleValues());
        if (roles.isEmpty()) {
            throw new SingleSignOnRefusedException(Reason.NO_ROLE,
                    "role claim " + person.roleValues() + " gives no staff role");
        }
        String displayName = displayName(person);
        String email = person.email().map(String::strip).filter(e -> IdentityService.EMAIL.matcher(e).matches())
                .filter(e -> e.length() <= UserAccount.EMAIL_MAX).orElse("");
        Optional<UserAccount> existing = users.findBySsoSubject(person.issuer(), person.subject());
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (!account.getOrganisation().getId().equals(organisation.getId())) {
                throw new SingleSignOnRefusedException(Reason.ORGANISATION_CHANGED, account.getUsername()
                        + " belongs to organisation " + account.getOrganisation().getId() + ", the claim names "
                        + organisation.getId());
            }
            if (!account.maySignIn()) {
                throw new SingleSignOnRefusedException(Reason.ACCOUNT_DISABLED, account.getUsername() + " is disabled");
            }
            Set<Role> before = account.getRoles();
            account.refreshFromIdentityProvider(displayName, email, roles);
            if (!before.equals(roles)) {
                audit.recordBySystem("assign-roles", "user", account.getId(),
                        "single sign-on: " + account.getUsername() + ": " + new TreeSet<>(roles));
            }
            return new SignedInStaff(account.getUsername(), roles);
        }
        String username = freeUsername(person);
        Language language = person.locale().flatMap(l -> Language.fromCode(l.length() > 2 ? l.substring(0, 2) : l))
                .orElse(Language.ES);
        UserAccount account = users.save(UserAccount.provisionedBySingleSignOn(username, displayName, email,
                organisation, language, roles, person.issuer(), person.subject()));
        audit.recordBySystem("create", "user", account.getId(), "single sign-on: " + username + " in organisation "
                + organisation.getId() + " with roles " + new TreeSet<>(roles) + ", subject " + person.subject()
                + " of " + person.issuer());
        return new SignedInStaff(username, roles);
    }

    /** The staff roles the role claim's values give: by the configured role map and the administrator's mappings. */
    private Set<Role> rolesFor(List<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(settings.rolesFor(claimValues));
        List<String> normalised = claimValues.stream().map(SingleSignOnRoleMapping::normalise)
                .filter(v -> !v.isEmpty() && v.length() <= SingleSignOnRoleMapping.CLAIM_VALUE_MAX).distinct().toList();
        roleMappings.findByClaimValues(normalised).forEach(m -> roles.add(m.getRole()));
        return roles;
    }

    /** The administrator's role mappings, by claim value (administrators only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoleMappingView> roleMappings() {
        currentUser.require(Role.ADMIN);
        return roleMappings.findAll().stream().map(m -> new RoleMappingView(m.getClaimValue(), m.getRole())).toList();
    }

    /**
     * Maps a value of the role claim to a staff role, or changes its role (administrators only). Takes effect at each
     * person's next sign-in.
     */
    public void mapRole(String claimValue, Role role) {
        currentUser.require(Role.ADMIN);
        String value = SingleSignOnRoleMapping.normalise(claimValue);
        if (value.isEmpty() || value.length() > SingleSignOnRoleMapping.CLAIM_VALUE_MAX) {
            throw new ValidationException("claimValue", "sso.validation.claimValue");
        }
        if (role == null || !role.allowedIn(OrganisationKind.BUYER)) {
            throw new ValidationException("role", "sso.validation.role");
        }
        Optional<SingleSignOnRoleMapping> existing = roleMappings.findByClaimValue(value);
        existing.ifPresentOrElse(m -> m.mapTo(role), () -> roleMappings.save(new SingleSignOnRoleMapping(value, role)));
        audit.record("map-role", "sso-role-mapping", value, value + " = " + role);
    }

    /** Removes the mapping of a role claim value (administrators only). */
    public void unmapRole(String claimValue) {
        currentUser.require(Role.ADMIN);
        String value = SingleSignOnRoleMapping.normalise(claimValue);
        SingleSignOnRoleMapping mapping = roleMappings.findByClaimValue(value)
                .orElseThrow(() -> new NotFoundException("sso-role-mapping", value));
        roleMappings.delete(mapping);
        audit.record("unmap-role", "sso-role-mapping", value, value + " was " + mapping.getRole());
    }

    private static String displayName(ExternalIdentity person) {
        String name = person.name().map(String::strip).filter(s -> !s.isEmpty())
                .orElse(person.preferredUsername().orElse(person.subject())).strip();
        return name.length() > UserAccount.DISPLAY_NAME_MAX ? name.substring(0, UserAccount.DISPLAY_NAME_MAX) : name;
    }

    /**
     * The provider's user name made into a valid local one if it is free, else one derived from the subject: a local
     * account of the same name (a company's user, say) is never taken over.
     */
    private String freeUsername(ExternalIdentity person) {
        String wanted = person.preferredUsername().orElse("").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        if (wanted.length() > UserAccount.USERNAME_MAX) {
            wanted = wanted.substring(0, UserAccount.USERNAME_MAX);
        }
        if (wanted.length() >= UserAccount.USERNAME_MIN && users.findByUsername(wanted).isEmpty()) {
            return wanted;
        }
        String hash = sha256Hex(person.issuer() + "\n" + person.subject());
        for (int length = 12; length <= hash.length(); length += 8) {
            String candidate = "sso-" + hash.substring(0, length);
            if (users.findByUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free user name for " + person.subject());
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Who signed in, for the session.
     *
     * @param username the local account's name (the caller principal)
     * @param roles its roles (the caller's groups)
     */
    public record SignedInStaff(String username, Set<Role> roles) {}

    /**
     * An administrator's mapping of a role claim value.
     *
     * @param claimValue the value (lower case)
     * @param role the staff role it gives
     */
    public record RoleMappingView(String claimValue, Role role) {}
}

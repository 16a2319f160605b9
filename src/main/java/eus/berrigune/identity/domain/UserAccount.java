package eus.berrigune.identity.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in. Belongs to exactly one organisation; holds roles that fit that organisation's kind
 * (a company user is a SUPPLIER, staff of a buying organisation are BUYER, CLINICIAN, EVALUATOR or ADMIN).
 * Only a password hash is kept.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 10;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";
    /**
     * The password hash of an account that signs in only through the identity provider: not a hash the password
     * hasher can read, so no password ever matches it (local sign-in and HTTP Basic refuse it like a wrong password).
     */
    static final String NO_LOCAL_PASSWORD = "!single-sign-on";
    public static final int SSO_ISSUER_MAX = 300;
    public static final int SSO_SUBJECT_MAX = 255;

    @Column(nullable = false, length = USERNAME_MAX, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(nullable = false, length = 8)
    private String locale;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "sso_issuer", length = SSO_ISSUER_MAX, updatable = false)
    private String ssoIssuer;

    @Column(name = "sso_subject", length = SSO_SUBJECT_MAX, updatable = false)
    private String ssoSubject;

    protected UserAccount() {}

    /**
     * An account provisioned at a person's first single sign-on: linked for good to the person at the identity
     * provider ({@code iss} + {@code sub}), with no local password, in a buying organisation, with staff roles only.
     */
    public static UserAccount provisionedBySingleSignOn(String username, String displayName, String email,
            Organisation organisation, Language language, Set<Role> roles, String issuer, String subject) {
        if (organisation.getKind() != OrganisationKind.BUYER) {
            throw new IllegalArgumentException("single sign-on is for the staff of buying organisations");
        }
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()
                || issuer.length() > SSO_ISSUER_MAX || subject.length() > SSO_SUBJECT_MAX) {
            throw new IllegalArgumentException("an identity provider's issuer and subject are required");
        }
        UserAccount account = new UserAccount(username, NO_LOCAL_PASSWORD, displayName, email, organisation, language,
                roles);
        account.ssoIssuer = issuer;
        account.ssoSubject = subject;
        return account;
    }

    /**
     * At each single sign-on the identity provider is the source of truth for the person's name, address and staff
     * roles; the organisation never changes.
     */
    public void refreshFromIdentityProvider(String newDisplayName, String newEmail, Set<Role> newRoles) {
        if (!isSingleSignOn()) {
            throw new IllegalStateException("not a single sign-on account");
        }
        assignRoles(newRoles);
        this.displayName = Objects.requireNonNull(newDisplayName);
        this.email = Objects.requireNonNull(newEmail);
    }

    /** Whether this account signs in through the identity provider (and has no local password). */
    public boolean isSingleSignOn() {
        return ssoSubject != null;
    }

    public UserAccount(
            String username,
            String passwordHash,
            String displayName,
            String email,
            Organisation organisation,
            Language language,
            Set<Role> roles) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = Objects.requireNonNull(email);
        this.organisation = Objects.requireNonNull(organisation);
        this.locale = Objects.requireNonNull(language).code();
        this.enabled = true;
        assignRoles(roles);
    }

    /** Replaces the roles; each must fit the organisation's kind, and a user needs at least one. */
    public void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        for (Role role : newRoles) {
            if (!role.allowedIn(organisation.getKind())) {
                throw new IllegalArgumentException(role + " is not allowed in a " + organisation.getKind());
            }
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Language getLanguage() {
        return Language.fromCode(locale).orElse(Language.ES);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Whether this account may sign in now: enabled, and its organisation's standing allows it. */
    public boolean maySignIn() {
        return enabled && organisation.getStatus().allowsSignIn();
    }

    /**
     * A self-registered company's contact, before the company exists: becomes its SUPPLIER.
     *
     * @param username checked sign-in name
     * @param passwordHash hash of the chosen password
     * @param displayName the person's name
     * @param email checked address
     * @param language preferred language
     */
    public record NewAccount(String username, String passwordHash, String displayName, String email, Language language) {

        UserAccount toAccount(Organisation company) {
            return new UserAccount(username, passwordHash, displayName, email, company, language, Set.of(Role.SUPPLIER));
        }
    }
}

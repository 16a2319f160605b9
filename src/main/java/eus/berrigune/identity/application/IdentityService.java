package eus.berrigune.identity.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.identity.domain.Organisation;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.OrganisationRepository;
import eus.berrigune.identity.domain.OrganisationStatus;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.identity.domain.UserAccount;
import eus.berrigune.identity.domain.UserAccountRepository;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.EditConflictException;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisations and users: administrators manage all of them; a company user edits the own company's profile.
 * The transaction and authorisation boundary of the identity capability.
 */
@ApplicationScoped
@Transactional
public class IdentityService {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<OrganisationChanged> organisationChanged;

    /** Creates a company or buying organisation (administrators only). */
    public long createOrganisation(OrganisationKind kind, Organisation.ProfileData profile, boolean clusterMember) {
        currentUser.require(Role.ADMIN);
        long id = createOrganisationUnchecked(kind, profile, clusterMember);
        audit.record("create", "organisation", id, kind + " " + profile.name());
        return id;
    }

    /** Creation without an acting user: for the demo data set and first-run bootstrap only. */
    public long createOrganisationUnchecked(OrganisationKind kind, Organisation.ProfileData profile, boolean clusterMember) {
        validateProfile(profile, null);
        if (kind == null) {
            throw new ValidationException("kind", "validation.required");
        }
        Organisation organisation = new Organisation(kind, profile.name());
        organisation.updateProfile(profile);
        organisation.setClusterMember(clusterMember && kind == OrganisationKind.COMPANY);
        return organisations.save(organisation).getId();
    }

    /** Updates an organisation's profile: its own members with the SUPPLIER or ADMIN role, or an administrator. */
    public void updateProfile(long organisationId, long version, Organisation.ProfileData profile) {
        AuthenticatedUser user = currentUser.require();
        boolean own = user.organisationId() == organisationId
                && (user.hasRole(Role.SUPPLIER) || user.hasRole(Role.ADMIN));
        if (!own && !user.hasRole(Role.ADMIN)) {
            throw new NotFoundException("organisation", organisationId);
        }
        Organisation organisation = organisations.get(organisationId);
        if (organisation.getVersion() != version) {
            throw new EditConflictException();
        }
        validateProfile(profile, organisationId);
        organisation.updateProfile(profile);
        audit.record("update", "organisation", organisationId);
        organisationChanged.fire(new OrganisationChanged(organisationId));
    }

    public void setClusterMember(long organisationId, boolean member) {
        currentUser.require(Role.ADMIN);
        organisations.get(organisationId).setClusterMember(member);
        audit.record("set-cluster-member", "organisation", organisationId, String.valueOf(member));
        organisationChanged.fire(new OrganisationChanged(organisationId));
    }

    /**
     * Sets or clears (null or blank) the code by which the identity provider names a buying organisation in its
     * organisation claim (administrators only): staff whose claim carries it sign in by single sign-on as members of
     * it. A company cannot have one.
     */
    public void assignSsoCode(long organisationId, String code) {
        currentUser.require(Role.ADMIN);
        Organisation organisation = organisations.get(organisationId);
        String value = code == null ? "" : code.strip();
        if (!value.isEmpty()) {
            if (organisation.getKind() != OrganisationKind.BUYER) {
                throw new ValidationException("ssoCode", "organisation.validation.ssoCodeOnlyBuyers");
            }
            if (!value.matches(Organisation.SSO_CODE_PATTERN)) {
                throw new ValidationException("ssoCode", "organisation.validation.ssoCode");
            }
            organisations.findBySsoCode(value).filter(o -> !o.getId().equals(organisationId))
                    .ifPresent(o -> {
                        throw new ValidationException("ssoCode", "organisation.validation.ssoCodeTaken");
                    });
        }
        organisation.assignSsoCode(value);
        audit.record("set-sso-code", "organisation", organisationId, value.isEmpty() ? "-" : value);
    }

    private void validateProfile(Organisation.ProfileData p, Long selfId) {
        List<FieldError> errors = new ArrayList<>();
        if (p.name() == null || p.name().isBlank()) {
            errors.add(new FieldError("name", "validation.required"));
        } else if (p.name().length() > Organisation.NAME_MAX) {
            errors.add(new FieldError("name", "validation.tooLong"));
        } else {
            organisations.findByName(p.name())
                    .filter(o -> !o.getId().equals(selfId))
                    .ifPresent(o -> errors.add(new FieldError("name", "organisation.validation.nameTaken")));
        }
        if (p.email() != null && !p.email().isBlank() && !EMAIL.matcher(p.email().strip()).matches()) {
            errors.add(new FieldError("email", "validation.email"));
        }
        if (p.website() != null && !p.website().isBlank() && !p.website().strip().matches("https?://\\S{3,290}")) {
            errors.add(new FieldError("website", "validation.url"));
        }
        if (p.vatNumber() != null && p.vatNumber().length() > Organisation.VAT_MAX) {
            errors.add(new FieldError("vatNumber", "validation.tooLong"));
        }
        if (p.city() != null && p.city().length() > Organisation.CITY_MAX) {
            errors.add(new FieldError("city", "validation.tooLong"));
        }
        for (String d : new String[] {p.descriptionEu(), p.descriptionEs(), p.descriptionEn()}) {
            if (d != null && d.length() > Organisation.DESCRIPTION_MAX) {
                errors.add(new FieldError("description", "validation.tooLong"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Creates a user in an organisation with the given roles (administrators only). */
    public long createUser(NewUser command) {
        currentUser.require(Role.ADMIN);
        long id = createUserUnchecked(command);
        audit.record("create", "user", id, command.username() + " in organisation " + command.organisationId()
                + " with roles " + new java.util.TreeSet<>(command.roles()));
        return id;
    }

    /** Creation without an acting user: for the demo data set and first-run bootstrap only. */
    public long createUserUnchecked(NewUser c) {
        List<FieldError> errors = new ArrayList<>();
        String username = c.username() == null ? "" : c.username().strip().toLowerCase(Locale.ROOT);
        if (username.length() < UserAccount.USERNAME_MIN || username.length() > UserAccount.USERNAME_MAX
                || !username.matches(UserAccount.USERNAME_PATTERN)) {
            errors.add(new FieldError("username", "user.validation.username"));
        } else if (users.findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "user.validation.usernameTaken"));
        }
        if (c.password() == null || c.password().length() < UserAccount.PASSWORD_MIN || c.password().length() > 200) {
            errors.add(new FieldError("password", "user.validation.password"));
        }
        if (c.displayName() == null || c.displayName().isBlank()) {
            errors.add(new FieldError("displayName", "validation.required"));
        } else if (c.displayName().length() > UserAccount.DISPLAY_NAME_MAX) {
            errors.add(new FieldError("displayName", "validation.tooLong"));
        }
        if (c.email() == null || !EMAIL.matcher(c.email().strip()).matches()) {
            errors.add(new FieldError("email", "validation.email"));
        }
        Organisation organisation = c.organisationId() == null ? null : organisations.find(c.organisationId()).orElse(null);
        if (organisation == null) {
            errors.add(new FieldError("organisationId", "validation.required"));
        }
        if (c.roles() == null || c.roles().isEmpty()) {
            errors.add(new FieldError("roles", "user.validation.roleRequired"));
        } else if (organisation != null && !c.roles().stream().allMatch(r -> r.allowedIn(organisation.getKind()))) {
            errors.add(new FieldError("roles", "user.validation.roleForOrganisation"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UserAccount user = new UserAccount(
                username, hasher.hash(c.password()), c.displayName().strip(), c.email().strip(), organisation,
                c.language() == null ? Language.ES : c.language(), c.roles());
        return users.save(user).getId();
    }

    /** Replaces a user's roles (administrators only). An administrator cannot remove their own ADMIN role. */
    public void assignRoles(long userId, Set<Role> roles) {
        AuthenticatedUser admin = currentUser.require(Role.ADMIN);
        UserAccount user = users.get(userId);
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException("roles", "user.validation.roleRequired");
        }
        if (!roles.stream().allMatch(r -> r.allowedIn(user.getOrganisation().getKind()))) {
            throw new ValidationException("roles", "user.validation.roleForOrganisation");
        }
        if (admin.userId() == userId && !roles.contains(Role.ADMIN)) {
            throw new ValidationException("roles", "user.validation.keepOwnAdmin");
        }
        user.assignRoles(roles);
        audit.record("assign-roles", "user", userId, user.getUsername() + ": " + new java.util.TreeSet<>(roles));
    }

    public void setEnabled(long userId, boolean enabled) {
        AuthenticatedUser admin = currentUser.require(Role.ADMIN);
        if (admin.userId() == userId && !enabled) {
            throw new AccessDeniedException();
        }
        UserAccount user = users.get(userId);
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        audit.record(enabled ? "enable" : "disable", "user", userId, user.getUsername());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationSummary> listOrganisations() {
        currentUser.require(Role.ADMIN);
        return organisations.findAll().stream().map(OrganisationSummary::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserSummary> listUsers() {
        currentUser.require(Role.ADMIN);
        return users.findAll().stream().map(UserSummary::of).toList();
    }

    /** The caller's own organisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationSummary ownOrganisation() {
        return OrganisationSummary.of(organisations.get(currentUser.require().organisationId()));
    }

    /**
     * Whether the company may make things public (publish products): only once approved. A company that registered
     * itself prepares drafts until an administrator approves it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayPublish(long organisationId) {
        return organisations.find(organisationId).map(o -> o.getStatus().allowsPublishing()).orElse(false);
    }

    /** Every approved company's public facts, by name: for choosing companies (e.g. a consultation's participants). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationSummary> companies() {
        return organisations.findAll().stream()
                .filter(o -> o.getKind() == OrganisationKind.COMPANY && o.getStatus() == OrganisationStatus.APPROVED)
                .map(OrganisationSummary::of)
                .sorted(java.util.Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Public facts about organisations (name, city, cluster membership): anyone may read them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, OrganisationSummary> publicProfiles(Collection<Long> ids) {
        Map<Long, OrganisationSummary> result = new HashMap<>();
        if (!ids.isEmpty()) {
            organisations.findAll(Set.copyOf(ids)).forEach(o -> result.put(o.getId(), OrganisationSummary.of(o)));
        }
        return result;
    }

    /**
     * The enabled users holding a role in the given organisations, as recipients of notifications (id and
     * language). For the other capabilities' application services, which decide who is told what.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recipient> recipients(Collection<Long> organisationIds, Role role) {
        List<Recipient> recipients = new java.util.ArrayList<>();
        for (Long organisationId : Set.copyOf(organisationIds)) {
            users.findByOrganisation(organisationId).stream()
                    .filter(u -> u.isEnabled() && u.getRoles().contains(role))
                    .forEach(u -> recipients.add(new Recipient(u.getId(), u.getLanguage())));
        }
        return recipients;
    }

    /** The enabled users holding a role, in any organisation (e.g. every administrator), as recipients. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recipient> recipientsWithRole(Role role) {
        return users.findAll().stream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(role))
                .map(u -> new Recipient(u.getId(), u.getLanguage()))
                .toList();
    }

    /**
     * Where to e-mail a user and in which language: for the notification capability, which knows users only by id.
     * Empty for a missing or disabled user (a disabled account receives no e-mail).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<MailRecipient> mailRecipient(long userId) {
        return users.find(userId)
                .filter(UserAccount::isEnabled)
                .filter(u -> !u.getEmail().isBlank()) // an account from single sign-on whose provider gave no address
                .map(u -> new MailRecipient(u.getId(), u.getEmail(), u.getLanguage()));
    }

    /**
     * A user's e-mail address and language.
     *
     * @param userId the user
     * @param email the address given at registration (checked then to be one address)
     * @param language the user's preferred language
     */
    public record MailRecipient(long userId, String email, Language language) {}

    /**
     * A user to notify.
     *
     * @param userId the user
     * @param language the user's preferred language
     */
    public record Recipient(long userId, eus.berrigune.shared.domain.Language language) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Long> findOrganisationIdByName(String name) {
        return organisations.findByName(name).map(Organisation::getId);
    }

    /**
     * A new user.
     *
     * @param username sign-in name (lower case letters, digits, dot, dash, underscore)
     * @param password at least 10 characters
     * @param displayName the person's name
     * @param email e-mail
     * @param organisationId organisation
     * @param language preferred language
     * @param roles roles fitting the organisation's kind
     */
    public record NewUser(
            String username,
            String password,
            String displayName,
            String email,
            Long organisationId,
            Language language,
            Set<Role> roles) {}
}

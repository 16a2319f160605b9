package eus.berrigune.identity.application;

import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.identity.domain.CompanyRegistration;
import eus.berrigune.identity.domain.CompanyRegistrationRepository;
import eus.berrigune.identity.domain.ConfirmationToken;
import eus.berrigune.identity.domain.Organisation;
import eus.berrigune.identity.domain.OrganisationRepository;
import eus.berrigune.identity.domain.OrganisationStatus;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.identity.domain.TaxId;
import eus.berrigune.identity.domain.UserAccount;
import eus.berrigune.identity.domain.UserAccountRepository;
import eus.berrigune.shared.application.EmailToAddress;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.RateLimitedException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Company self-registration (issue 6): a company registers itself and its contact, confirms the contact's e-mail
 * with a single-use link, and an administrator approves or rejects it. The transaction and authorisation boundary:
 * registering and confirming are anonymous (registering is limited per client address), deciding is for
 * administrators. Until approval the company's users sign in and prepare drafts but publish nothing
 * ({@link IdentityService#mayPublish}).
 *
 * <p>Privacy: whether an address already has an account is answered only with a neutral field message (the address
 * "cannot be used for a new registration"), never with "taken"; user names are public handles and are said to be
 * taken. The confirmation secret is e-mailed through the outbox in the registration's transaction and only its
 * SHA-256 is stored.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    static final String CONFIRM_PAGE = "/confirm.xhtml?token=";

    @Inject
    CompanyRegistrationRepository registrations;

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
    Event<EmailToAddress> emails;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "berrigune.registration.link.hours", defaultValue = "48")
    long linkHours;

    @Inject
    @ConfigProperty(name = "berrigune.registration.max.per.hour", defaultValue = "20")
    int maxPerHour;

    private AddressLimiter limiter;

    @PostConstruct
    void init() {
        limiter = new AddressLimiter(Math.max(1, maxPerHour), Duration.ofHours(1));
    }

    /**
     * A company's registration form.
     *
     * @param companyName legal or trading name
     * @param vatNumber Spanish NIF/CIF or EU VAT number
     * @param city city
     * @param website website (optional)
     * @param companyEmail the company's general address (optional)
     * @param contactName the contact person's name
     * @param contactEmail the contact's address: the confirmation link goes there
     * @param username the contact's sign-in name
     * @param password the contact's password
     * @param language the contact's language
     */
    public record NewRegistration(
            String companyName,
            String vatNumber,
            String city,
            String website,
            String companyEmail,
            String contactName,
            String contactEmail,
            String username,
            String password,
            Language language) {}

    /**
     * Registers a company and its contact, and e-mails the confirmation link. Every attempt counts towards the
     * client address's hourly limit; an invalid form changes nothing.
     *
     * @return the registration's id
     */
    public long register(NewRegistration form, String clientAddress) {
        limiter.tryAcquire(clientAddress, clock.instant()).ifPresent(wait -> {
            throw new RateLimitedException(wait);
        });
        if (form == null) {
            throw new ValidationException("body", "validation.required");
        }
        String vat = validate(form);
        String username = form.username().strip().toLowerCase(Locale.ROOT);
        Language language = form.language() == null ? Language.ES : form.language();
        String token = ConfirmationToken.generate();
        CompanyRegistration registration = registrations.save(new CompanyRegistration(
                new Organisation.ProfileData(form.companyName(), vat, form.city(), form.website(),
                        form.companyEmail(), null, null, null),
                new UserAccount.NewAccount(username, hasher.hash(form.password()), form.contactName().strip(),
                        form.contactEmail().strip(), language),
                ConfirmationToken.hash(token), clock.instant(), Duration.ofHours(Math.max(1, linkHours))));
        emails.fire(new EmailToAddress(form.contactEmail().strip(), language, "mail.registration.confirm",
                CONFIRM_PAGE + token, List.of(registration.getCompany().getName(), String.valueOf(linkHours()))));
        audit.record("register", "organisation", registration.getCompany().getId(),
                registration.getCompany().getName() + ", contact " + username);
        return registration.getId();
    }

    /** How long a confirmation link works, in hours (for the pages' texts). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long linkHours() {
        return Math.max(1, linkHours);
    }

    /** Confirms the contact's address with the link's secret; refused alike when unknown, used or expired. */
    public void confirm(String token) {
        if (!ConfirmationToken.isWellFormed(token)) {
            throw new InvalidStateException("registration.confirm.invalidLink");
        }
        CompanyRegistration registration = registrations.findByTokenHash(ConfirmationToken.hash(token))
                .orElseThrow(() -> new InvalidStateException("registration.confirm.invalidLink"));
        registration.confirmEmail(ConfirmationToken.hash(token), clock.instant());
        audit.record("confirm-email", "organisation", registration.getCompany().getId(),
                registration.getContact().getUsername());
    }

    /** Registrations in the given states (all when none), oldest first; administrators only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationView> list(java.util.Set<OrganisationStatus> statuses) {
        currentUser.require(Role.ADMIN);
        EnumSet<OrganisationStatus> wanted = statuses == null || statuses.isEmpty()
                ? EnumSet.of(OrganisationStatus.PENDING_CONFIRMATION, OrganisationStatus.PENDING_APPROVAL,
                        OrganisationStatus.APPROVED, OrganisationStatus.REJECTED)
                : EnumSet.copyOf(statuses);
        return registrations.findByStatus(wanted).stream().map(RegistrationView::of).toList();
    }

    /** An administrator admits a company whose address is confirmed; its contact is told by e-mail. */
    public void approve(long registrationId, String note) {
        AuthenticatedUser admin = currentUser.require(Role.ADMIN);
        CompanyRegistration registration = registrations.get(registrationId);
        registration.approve(admin.userId(), note, clock.instant());
        UserAccount contact = registration.getContact();
        emails.fire(new EmailToAddress(contact.getEmail(), contact.getLanguage(), "mail.registration.approved",
                "/company/products.xhtml", List.of(registration.getCompany().getName())));
        audit.record("approve", "organisation", registration.getCompany().getId(), note);
    }

    /** An administrator refuses a company, with a reason; its contact's account is disabled and told by e-mail. */
    public void reject(long registrationId, String reason) {
        AuthenticatedUser admin = currentUser.require(Role.ADMIN);
        CompanyRegistration registration = registrations.get(registrationId);
        registration.reject(admin.userId(), reason, clock.instant());
        UserAccount contact = registration.getContact();
        emails.fire(new EmailToAddress(contact.getEmail(), contact.getLanguage(), "mail.registration.rejected", null,
                List.of(registration.getCompany().getName(), registration.getDecisionReason().orElse(""))));
        audit.record("reject", "organisation", registration.getCompany().getId(), reason);
    }

    /** Every rule of the form, all failures at once; returns the canonical VAT / NIF. */
    private String validate(NewRegistration f) {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(f.companyName())) {
            errors.add(new FieldError("companyName", "validation.required"));
        } else if (f.companyName().strip().length() > Organisation.NAME_MAX) {
            errors.add(new FieldError("companyName", "validation.tooLong"));
        } else if (organisations.findByName(f.companyName()).isPresent()) {
            errors.add(new FieldError("companyName", "organisation.validation.nameTaken"));
        }
        String vat = TaxId.normalise(f.vatNumber()).orElse(null);
        if (isBlank(f.vatNumber())) {
            errors.add(new FieldError("vatNumber", "validation.required"));
        } else if (vat == null) {
            errors.add(new FieldError("vatNumber", "registration.validation.vatNumber"));
        } else if (organisations.findByVatNumber(vat).isPresent()) {
            errors.add(new FieldError("vatNumber", "registration.validation.vatNumberTaken"));
        }
        if (isBlank(f.city())) {
            errors.add(new FieldError("city", "validation.required"));
        } else if (f.city().length() > Organisation.CITY_MAX) {
            errors.add(new FieldError("city", "validation.tooLong"));
        }
        if (!isBlank(f.website()) && !f.website().strip().matches("https?://\\S{3,290}")) {
            errors.add(new FieldError("website", "validation.url"));
        }
        if (!isBlank(f.companyEmail()) && !IdentityService.EMAIL.matcher(f.companyEmail().strip()).matches()) {
            errors.add(new FieldError("companyEmail", "validation.email"));
        }
        if (isBlank(f.contactName())) {
            errors.add(new FieldError("contactName", "validation.required"));
        } else if (f.contactName().strip().length() > UserAccount.DISPLAY_NAME_MAX) {
            errors.add(new FieldError("contactName", "validation.tooLong"));
        }
        if (isBlank(f.contactEmail()) || f.contactEmail().strip().length() > UserAccount.EMAIL_MAX
                || !IdentityService.EMAIL.matcher(f.contactEmail().strip()).matches()) {
            errors.add(new FieldError("contactEmail", "validation.email"));
        } else if (users.existsByEmail(f.contactEmail())) {
            errors.add(new FieldError("contactEmail", "registration.validation.emailUnavailable"));
        }
        String username = f.username() == null ? "" : f.username().strip().toLowerCase(Locale.ROOT);
        if (username.length() < UserAccount.USERNAME_MIN || username.length() > UserAccount.USERNAME_MAX
                || !username.matches(UserAccount.USERNAME_PATTERN)) {
            errors.add(new FieldError("username", "user.validation.username"));
        } else if (users.findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "user.validation.usernameTaken"));
        }
        if (f.password() == null || f.password().length() < UserAccount.PASSWORD_MIN || f.password().length() > 200) {
            errors.add(new FieldError("password", "user.validation.password"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return vat;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

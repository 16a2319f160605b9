package eus.berrigune.identity.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A company or a buying organisation. The kind never changes after creation: a company's products and a buyer's
 * consultations hang off it. Its {@link OrganisationStatus standing} says whether its users may sign in and publish:
 * organisations created by an administrator are approved at once; a self-registered company moves only through its
 * {@link CompanyRegistration}.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {

    public static final int NAME_MAX = 200;
    public static final int VAT_MAX = 32;
    public static final int CITY_MAX = 100;
    public static final int WEBSITE_MAX = 300;
    public static final int EMAIL_MAX = 254;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int SSO_CODE_MAX = 64;
    /** What an organisation code at the identity provider may look like (letters, digits, dot, dash, underscore). */
    public static final String SSO_CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrganisationKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "vat_number", length = VAT_MAX)
    private String vatNumber;

    @Column(length = CITY_MAX)
    private String city;

    @Column(length = WEBSITE_MAX)
    private String website;

    @Column(length = EMAIL_MAX)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrganisationStatus status = OrganisationStatus.APPROVED;

    @Column(name = "cluster_member", nullable = false)
    private boolean clusterMember;

    @Column(name = "sso_code", length = SSO_CODE_MAX)
    private String ssoCode;

    @Column(name = "description_eu", length = DESCRIPTION_MAX)
    private String descriptionEu;

    @Column(name = "description_es", length = DESCRIPTION_MAX)
    private String descriptionEs;

    @Column(name = "description_en", length = DESCRIPTION_MAX)
    private String descriptionEn;

    protected Organisation() {}

    public Organisation(OrganisationKind kind, String name) {
        this.kind = Objects.requireNonNull(kind);
        rename(name);
    }

    /** A company that registered itself: nobody of it signs in until its e-mail is confirmed. */
    static Organisation selfRegisteredCompany(ProfileData profile) {
        Organisation company = new Organisation(OrganisationKind.COMPANY, profile.name());
        company.updateProfile(profile);
        company.status = OrganisationStatus.PENDING_CONFIRMATION;
        return company;
    }

    void emailConfirmed() {
        requireStatus(OrganisationStatus.PENDING_CONFIRMATION);
        status = OrganisationStatus.PENDING_APPROVAL;
    }

    void approve() {
        requireStatus(OrganisationStatus.PENDING_APPROVAL);
        status = OrganisationStatus.APPROVED;
    }

    void reject() {
        if (status != OrganisationStatus.PENDING_CONFIRMATION && status != OrganisationStatus.PENDING_APPROVAL) {
            throw new InvalidStateException("registration.message.alreadyDecided");
        }
        status = OrganisationStatus.REJECTED;
    }

    private void requireStatus(OrganisationStatus expected) {
        if (status != expected) {
            throw new InvalidStateException(status == OrganisationStatus.PENDING_CONFIRMATION
                    ? "registration.message.notConfirmed" : "registration.message.alreadyDecided");
        }
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("organisation name is required");
        }
        this.name = newName.strip();
    }

    /** Updates the public profile; the kind and the name's uniqueness are guarded elsewhere. */
    public void updateProfile(ProfileData data) {
        rename(data.name());
        this.vatNumber = blankToNull(data.vatNumber());
        this.city = blankToNull(data.city());
        this.website = blankToNull(data.website());
        this.email = blankToNull(data.email());
        this.descriptionEu = blankToNull(data.descriptionEu());
        this.descriptionEs = blankToNull(data.descriptionEs());
        this.descriptionEn = blankToNull(data.descriptionEn());
    }

    /** Cluster membership is attested by the administrator, not by the company itself. */
    public void setClusterMember(boolean member) {
        this.clusterMember = member;
    }

    /**
     * Sets (or, with null or blank, clears) the code by which the health system's identity provider names this
     * organisation in its organisation claim. Only a buying organisation has one: single sign-on is for the health
     * system's staff, never for a company. Uniqueness is guarded by the service and the database.
     */
    public void assignSsoCode(String code) {
        String value = blankToNull(code);
        if (value != null && (kind != OrganisationKind.BUYER || !value.matches(SSO_CODE_PATTERN))) {
            throw new IllegalArgumentException("not a single sign-on code for this organisation");
        }
        this.ssoCode = value;
    }

    public java.util.Optional<String> getSsoCode() {
        return java.util.Optional.ofNullable(ssoCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isCompany() {
        return kind == OrganisationKind.COMPANY;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public String getCity() {
        return city;
    }

    public String getWebsite() {
        return website;
    }

    public String getEmail() {
        return email;
    }

    public boolean isClusterMember() {
        return clusterMember;
    }

    public String getDescription(Language language) {
        return switch (language) {
            case EU -> descriptionEu;
            case ES -> descriptionEs;
            case EN -> descriptionEn;
        };
    }

    /**
     * The editable profile of an organisation.
     *
     * @param name legal or trading name
     * @param vatNumber VAT / NIF
     * @param city city
     * @param website website URL
     * @param email contact e-mail
     * @param descriptionEu description in Basque
     * @param descriptionEs description in Spanish
     * @param descriptionEn description in English
     */
    public record ProfileData(
            String name,
            String vatNumber,
            String city,
            String website,
            String email,
            String descriptionEu,
            String descriptionEs,
            String descriptionEn) {}
}

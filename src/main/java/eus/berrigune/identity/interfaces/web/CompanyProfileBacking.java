package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.identity.domain.Organisation;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /company/profile.xhtml}: the own organisation's public profile. */
@Named
@ViewScoped
public class CompanyProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IdentityService identity;

    private OrganisationForm form;
    private long organisationId;
    private long version;
    private boolean clusterMember;

    @PostConstruct
    void load() {
        OrganisationSummary own = identity.ownOrganisation();
        organisationId = own.id();
        version = own.version();
        clusterMember = own.clusterMember();
        form = OrganisationForm.of(own);
    }

    public void save() {
        try {
            identity.updateProfile(organisationId, version, form.toProfile());
            load();
            FacesMessages.info("company.profile.message.saved");
        } catch (BusinessException e) {
            FacesMessages.show(e, "profile");
        }
    }

    public OrganisationForm getForm() {
        return form;
    }

    public boolean isClusterMember() {
        return clusterMember;
    }

    /** The organisation profile form. */
    public static class OrganisationForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String vatNumber;
        private String city;
        private String website;
        private String email;
        private String descriptionEu;
        private String descriptionEs;
        private String descriptionEn;

        static OrganisationForm of(OrganisationSummary o) {
            OrganisationForm f = new OrganisationForm();
            f.name = o.name();
            f.vatNumber = o.vatNumber();
            f.city = o.city();
            f.website = o.website();
            f.email = o.email();
            f.descriptionEu = o.descriptionEu();
            f.descriptionEs = o.descriptionEs();
            f.descriptionEn = o.descriptionEn();
            return f;
        }

        Organisation.ProfileData toProfile() {
            return new Organisation.ProfileData(name, vatNumber, city, website, email, descriptionEu, descriptionEs, descriptionEn);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getVatNumber() {
            return vatNumber;
        }

        public void setVatNumber(String vatNumber) {
            this.vatNumber = vatNumber;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getWebsite() {
            return website;
        }

        public void setWebsite(String website) {
            this.website = website;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getDescriptionEu() {
            return descriptionEu;
        }

        public void setDescriptionEu(String descriptionEu) {
            this.descriptionEu = descriptionEu;
        }

        public String getDescriptionEs() {
            return descriptionEs;
        }

        public void setDescriptionEs(String descriptionEs) {
            this.descriptionEs = descriptionEs;
        }

        public String getDescriptionEn() {
            return descriptionEn;
        }

        public void setDescriptionEn(String descriptionEn) {
            this.descriptionEn = descriptionEn;
        }
    }
}

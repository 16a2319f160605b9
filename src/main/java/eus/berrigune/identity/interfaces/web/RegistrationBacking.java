package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.RegistrationService;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /register.xhtml}: a company registers itself and its contact. Anonymous and stateless (no session): the
 * form posts everything at once; the answer says only that a confirmation e-mail is on its way.
 */
@Named
@RequestScoped
public class RegistrationBacking {

    @Inject
    RegistrationService registrations;

    @Inject
    LocaleBean locale;

    private String companyName;
    private String vatNumber;
    private String city;
    private String website;
    private String companyEmail;
    private String contactName;
    private String contactEmail;
    private String username;
    private String password;
    private Language language;
    private boolean sent;

    public void register() {
        try {
            HttpServletRequest request =
                    (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            registrations.register(new RegistrationService.NewRegistration(companyName, vatNumber, city, website,
                    companyEmail, contactName, contactEmail, username, password, getLanguage()),
                    request.getRemoteAddr());
            sent = true;
        } catch (BusinessException e) {
            FacesMessages.show(e, "register");
        } finally {
            password = null;
        }
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public long getLinkHours() {
        return registrations.linkHours();
    }

    public boolean isSent() {
        return sent;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
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

    public String getCompanyEmail() {
        return companyEmail;
    }

    public void setCompanyEmail(String companyEmail) {
        this.companyEmail = companyEmail;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The contact's language: the page's own until chosen. */
    public Language getLanguage() {
        return language == null ? locale.getLanguage() : language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}

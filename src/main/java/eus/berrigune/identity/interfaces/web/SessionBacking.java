package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The signed-in user for the page template (navigation by role) and signing out. */
@Named("account")
@RequestScoped
public class SessionBacking {

    @Inject
    CurrentUser currentUser;

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    public AuthenticatedUser getUser() {
        return currentUser.get().orElse(null);
    }

    public boolean isSupplier() {
        return currentUser.hasRole(Role.SUPPLIER);
    }

    public boolean isEvaluator() {
        return currentUser.hasRole(Role.EVALUATOR);
    }

    /** A procurement officer, clinician or evaluator of a buying organisation: has shortlists and saved searches. */
    public boolean isBuyingStaff() {
        return currentUser.get().map(AuthenticatedUser::isBuyingStaff).orElse(false);
    }

    /** A procurement officer of a buying organisation: runs market consultations. */
    public boolean isProcurementOfficer() {
        return currentUser.get()
                .map(u -> u.hasRole(Role.BUYER) && u.organisationKind() == eus.berrigune.identity.domain.OrganisationKind.BUYER)
                .orElse(false);
    }

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
        FacesContext.getCurrentInstance().responseComplete();
    }
}

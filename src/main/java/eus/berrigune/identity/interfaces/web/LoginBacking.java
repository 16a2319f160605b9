package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.SignInRefusal;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /login.xhtml}: signs in with user name and password, then returns to where the user was going. Says when
 * the name is locked after too many failures (whether an account has it or not) or the address is throttled, and
 * how long to wait.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else {
            password = null;
            Object refusal = external.getRequestMap().get(SignInRefusal.REQUEST_ATTRIBUTE);
            if (refusal instanceof SignInRefusal r && r.reason() == SignInRefusal.Reason.LOCKED) {
                FacesMessages.error("login.message.locked", r.retryAfterMinutes());
            } else if (refusal instanceof SignInRefusal r) {
                ((HttpServletResponse) external.getResponse()).setHeader("Retry-After", String.valueOf(r.retryAfterSeconds()));
                FacesMessages.error("login.message.throttled", r.retryAfterSeconds());
            } else {
                FacesMessages.error("login.message.failed");
            }
        }
    }

    /** Only local paths: an open redirect would let a phishing link borrow our sign-in page. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\r")
                || next.contains("\n")) {
            return "/";
        }
        return next;
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

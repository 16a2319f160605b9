package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.SignInRefusal;
import eus.berrigune.identity.application.SingleSignOnRefusedException;
import eus.berrigune.identity.application.SingleSignOnSettings;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /login.xhtml}: signs in with user name and password, then returns to where the user was going. Says when
 * the name is locked after too many failures (whether an account has it or not) or the address is throttled, and
 * how long to wait. When single sign-on is configured, offers "Sign in with <the health system>" too, and says why a
 * single sign-on was refused ({@code ?sso=<reason>}).
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    SingleSignOnSettings singleSignOn;

    @Inject
    eus.berrigune.shared.interfaces.web.LocaleBean localeBean;

    private String username;
    private String password;
    private String next;
    private String sso;

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

    /** View action: the reason a single sign-on was refused, in the user's language. */
    public void showSingleSignOnRefusal() {
        SingleSignOnRefusedException.Reason.fromCode(sso).ifPresent(reason -> {
            // the view's locale is set when the page is built, after this action: say it in the page's language
            FacesContext.getCurrentInstance().getViewRoot().setLocale(localeBean.getLocale());
            FacesMessages.error("login.sso.refused." + reason.code());
        });
    }

    public boolean isSingleSignOnEnabled() {
        return singleSignOn.enabled();
    }

    public String getSingleSignOnProvider() {
        return singleSignOn.providerName();
    }

    /** The "Sign in with …" link, carrying where the user was going. */
    public String getSingleSignOnUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/sso/start?next="
                + URLEncoder.encode(safeNext(), StandardCharsets.UTF_8);
    }

    String safeNext() {
        return safeNext(next);
    }

    /** Only local paths: an open redirect would let a phishing link borrow our sign-in page. */
    static String safeNext(String next) {
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

    public String getSso() {
        return sso;
    }

    public void setSso(String sso) {
        this.sso = sso;
    }
}

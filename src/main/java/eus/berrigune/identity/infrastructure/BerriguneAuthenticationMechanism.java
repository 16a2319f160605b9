package eus.berrigune.identity.infrastructure;

import eus.berrigune.audit.application.AuditActor;
import eus.berrigune.audit.application.AuditTrail;
import eus.berrigune.audit.domain.AuditOutcome;
import eus.berrigune.identity.application.SignInGuard;
import eus.berrigune.identity.application.SingleSignOnRefusedException;
import eus.berrigune.identity.application.SingleSignOnService;
import eus.berrigune.identity.application.SingleSignOnSettings;
import eus.berrigune.identity.application.SignInRefusal;
import eus.berrigune.identity.domain.UserAccountRepository;
import eus.berrigune.shared.application.DatabaseOutage;
import java.util.Optional;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for both doors into Berrigune (Jakarta Security 3 allows one per application):
 *
 * <ul>
 *   <li><b>Web pages</b>: the sign-in page validates the credentials through {@code SecurityContext.authenticate};
 *       on success the session id is renewed (no fixation) and the caller is kept in the HTTP session until idle
 *       (server setting) or absolute ({@value #ABSOLUTE_TIMEOUT_HOURS} h) timeout. A protected page visited without a
 *       session redirects to the sign-in page. Anonymous visitors never get a session from here.
 *   <li><b>REST API</b> ({@code /api/*}): HTTP Basic on every request, no session. Wrong credentials answer 401.
 * </ul>
 *
 * <p>On both doors {@link SignInGuard} is asked first: a name locked after too many failures answers as locked (401
 * with Retry-After on the API, a message on the page) without its password being checked, the right one included;
 * an address with too many failures in the last minute is throttled (429 with Retry-After on the API, a message on
 * the page). Each failure is counted; the one that locks a name is recorded as {@code lock-out}.
 *
 * <p><b>Single sign-on</b> (when configured): the provider's answer to {@code /sso/callback} is completed here
 * ({@link OpenIdConnectClient}: state, code exchange, ID token), the person let in by {@link SingleSignOnService}, and
 * then, as for a password, the session id is renewed and the caller kept in the session. The outcome (where to go, or
 * why not) is left in {@link #SSO_OUTCOME} for the callback servlet, which redirects. The lockout by name does not
 * apply: the provider checks the person's credentials and keeps its own lockout.
 */
@ApplicationScoped
public class BerriguneAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "berrigune.caller";
    /** Request attribute set when API credentials were given and wrong. */
    public static final String AUTHENTICATION_FAILED = "berrigune.authenticationFailed";
    static final long ABSOLUTE_TIMEOUT_HOURS = 10;
    /** Request attribute: the local path to go to after a single sign-on, or the {@link SingleSignOnRefusedException}. */
    public static final String SSO_OUTCOME = "berrigune.ssoOutcome";
    /** Where the identity provider sends the browser back to. */
    public static final String SSO_CALLBACK_PATH = "/sso/callback";

    private static final Logger LOG = Logger.getLogger(BerriguneAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    AuditTrail audit;

    @Inject
    UserAccountRepository users;

    @Inject
    SignInGuard guard;

    @Inject
    SingleSignOnSettings singleSignOn;

    @Inject
    OpenIdConnectClient openIdConnect;

    @Inject
    SingleSignOnService singleSignOnService;

    /** Request attribute set when the credentials could not be checked because the database cannot be reached. */
    public static final String DATABASE_UNAVAILABLE = "berrigune.databaseUnavailable";

    /**
     * Checks the caller; when the database cannot be reached to do so, answers 503 with Retry-After (the API's body is
     * written by {@code ApiAuthenticationFailureFilter}, a page's by the 503 error page) rather than failing with a
     * 500 or, worse, refusing right credentials as wrong.
     */
    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unavailable, could not check the caller: {0}", String.valueOf(e));
            request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        if (isApi(request)) {
            return authenticateApi(request, response, context);
        }
        if (singleSignOn.enabled()
                && request.getRequestURI().equals(request.getContextPath() + SSO_CALLBACK_PATH)) {
            return completeSingleSignOn(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (caller.signedInAt().plus(Duration.ofHours(ABSOLUTE_TIMEOUT_HOURS)).isAfter(Instant.now())) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return redirectToSignIn(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String typed = credential instanceof UsernamePasswordCredential upc ? upc.getCaller() : null;
        Optional<SignInRefusal> refused = refusal(typed, request);
        if (refused.isPresent()) {
            request.setAttribute(SignInRefusal.REQUEST_ATTRIBUTE, refused.get());
            recordSignIn(typed, AuditOutcome.FAILED, "web, " + refused.get().reason().name().toLowerCase(Locale.ROOT));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            recordSignIn(typed, AuditOutcome.FAILED, "web");
            failed(typed, request, "web").ifPresent(lock -> request.setAttribute(SignInRefusal.REQUEST_ATTRIBUTE, lock));
            return AuthenticationStatus.SEND_FAILURE;
        }
        succeeded(typed);
        startSession(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
        recordSignIn(result.getCallerPrincipal().getName(), AuditOutcome.SUCCESS, "web");
        return context.notifyContainerAboutLogin(result);
    }

    /** A sign-in's session: a new one (the id is renewed, never carried over), holding the caller from now on. */
    private static void startSession(HttpServletRequest request, String username, Set<String> groups) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(SESSION_CALLER, new SessionCaller(username, Set.copyOf(groups),
                Instant.now()));
    }

    private AuthenticationStatus completeSingleSignOn(HttpServletRequest request, HttpMessageContext context) {
        String person = null;
        try {
            OpenIdConnectClient.Completed answer = openIdConnect.complete(request);
            person = answer.identity().auditName();
            SingleSignOnService.SignedInStaff staff = singleSignOnService.signIn(answer.identity());
            Set<String> groups = staff.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
            startSession(request, staff.username(), groups);
            recordSignIn(staff.username(), AuditOutcome.SUCCESS, "web, single sign-on");
            request.setAttribute(SSO_OUTCOME, answer.next());
            return context.notifyContainerAboutLogin(staff.username(), groups);
        } catch (SingleSignOnRefusedException refused) {
            // the detail (which may quote claims) reaches the log only through the audit trail, neutralised
            try {
                audit.recordSeparately(new AuditActor(null, person == null ? "sso" : person, null), "sign-in", "user",
                        null, AuditOutcome.FAILED, "web, single sign-on, " + refused.reason().code() + ": "
                                + refused.detail());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not record a refused single sign-on in the audit trail", e);
            }
            request.setAttribute(SSO_OUTCOME, refused);
            return context.doNothing();
        }
    }

    private AuthenticationStatus authenticateApi(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(header.substring(6).trim());
            String typed = basic == null ? null : basic.getCaller();
            Optional<SignInRefusal> refused = refusal(typed, request);
            if (refused.isPresent()) {
                recordSignIn(typed, AuditOutcome.FAILED, "api, " + refused.get().reason().name().toLowerCase(Locale.ROOT));
                return refuse(request, response, refused.get());
            }
            if (basic != null) {
                CredentialValidationResult result = identityStoreHandler.validate(basic);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    succeeded(typed);
                    return context.notifyContainerAboutLogin(result);
                }
            }
            recordSignIn(typed, AuditOutcome.FAILED, "api");
            Optional<SignInRefusal> locked = failed(typed, request, "api");
            if (locked.isPresent()) {
                return refuse(request, response, locked.get());
            }
            return unauthorized(request, response);
        }
        if (context.isProtected()) {
            return unauthorized(request, response);
        }
        return context.doNothing();
    }

    /**
     * Records a web sign-in, or a failed sign-in on either door (API calls authenticate on every request, so their
     * successes are not sign-ins; what they do is recorded by the services). The name typed at a failed sign-in is
     * kept (neutralised) and, when it is an account's, the account and its organisation too: an auditor sees which
     * accounts are being tried. A failure to record never changes the answer to the caller.
     */
    private void recordSignIn(String typedName, AuditOutcome outcome, String door) {
        record(typedName, "sign-in", outcome, door);
    }

    private void record(String typedName, String action, AuditOutcome outcome, String door) {
        try {
            String name = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
            AuditActor actor = users.findByUsername(name)
                    .map(u -> new AuditActor(u.getId(), u.getUsername(), u.getOrganisation().getId()))
                    .orElseGet(() -> new AuditActor(null, typedName == null || typedName.isEmpty() ? "-" : typedName, null));
            audit.recordSeparately(actor, action, "user", actor.userId(), outcome, door);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record a sign-in in the audit trail", e);
        }
    }

    private Optional<SignInRefusal> refusal(String typed, HttpServletRequest request) {
        try {
            return guard.refusal(typed, request.getRemoteAddr());
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                throw e; // the password cannot be checked either: 503
            }
            LOG.log(Level.SEVERE, "Could not check the sign-in lockout; the attempt goes on", e);
            return Optional.empty();
        }
    }

    /** Counts a failure; if it locked the name, records the lock-out in the audit trail and returns it. */
    private Optional<SignInRefusal> failed(String typed, HttpServletRequest request, String door) {
        try {
            Optional<SignInRefusal> lock = guard.failed(typed, request.getRemoteAddr());
            lock.ifPresent(l -> record(typed, "lock-out", AuditOutcome.DENIED,
                    door + ", " + guard.policy().maxFailures() + " failures, locked for " + l.retryAfterMinutes()
                            + " min"));
            return lock;
        } catch (RuntimeException e) {
            // two servers counting the first failure of a name at once: one insert loses, one failure is not counted
            LOG.log(Level.WARNING, "Could not count a failed sign-in: {0}", e.toString());
            return Optional.empty();
        }
    }

    private void succeeded(String typed) {
        try {
            guard.succeeded(typed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not clear the failed sign-ins of a name: {0}", e.toString());
        }
    }

    /** A locked name (401) or a throttled address (429), with Retry-After; the failure filter writes the body. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
            SignInRefusal refusal) {
        request.setAttribute(SignInRefusal.REQUEST_ATTRIBUTE, refusal);
        unauthorized(request, response);
        response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        if (refusal.reason() == SignInRefusal.Reason.THROTTLED) {
            response.setStatus(429);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Refuses the API call. The container may still dispatch a failed request to an unprotected resource, so the
     * request is marked and {@code ApiAuthenticationFailureFilter} answers it without reaching the API.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(AUTHENTICATION_FAILED, Boolean.TRUE);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Berrigune API\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        try {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** What the session remembers of the caller: name, groups and when they signed in. */
    record SessionCaller(String name, Set<String> groups, Instant signedInAt) implements Serializable {}
}

package eus.berrigune.identity.infrastructure;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import eus.berrigune.identity.application.ExternalIdentity;
import eus.berrigune.identity.application.SingleSignOnRefusedException;
import eus.berrigune.identity.application.SingleSignOnRefusedException.Reason;
import eus.berrigune.identity.application.SingleSignOnSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The OpenID Connect relying party (authorization code flow with PKCE S256, state and nonce), on the Nimbus OAuth 2.0
 * / OpenID Connect SDK: no JWT or JOSE code of our own.
 *
 * <ol>
 *   <li>{@link #begin}: a fresh state, nonce and PKCE verifier are kept in the (pre-sign-in) session, at most
 *       {@value #PENDING_MINUTES} minutes, and the browser is sent to the provider's authorization endpoint;
 *   <li>{@link #complete}: the answer must carry the state kept in this browser's session (used once); the code is
 *       exchanged at the token endpoint (client secret and PKCE verifier); the ID token must be signed by a key of the
 *       provider's JWKS (RS256), issued by the configured issuer ({@code iss}), for this client ({@code aud}), not
 *       expired ({@code exp}, one minute of clock skew) and carry the nonce sent. Only then are its claims read.
 * </ol>
 *
 * <p>The provider's metadata is discovered ({@code /.well-known/openid-configuration}) at the first sign-in rather
 * than at start, so the application starts while the provider is down; once found it is kept, and the JWKS is fetched
 * again when a token names an unknown key (key rotation).
 */
@ApplicationScoped
public class OpenIdConnectClient {

    static final long PENDING_MINUTES = 10;
    static final String SESSION_PENDING = "berrigune.sso.pending";
    private static final int TIMEOUT_MS = 5_000;

    @Inject
    SingleSignOnSettings settings;

    private final AtomicReference<Provider> provider = new AtomicReference<>();

    /** Where to send the browser to sign in; remembers the attempt in the session. */
    public URI begin(HttpServletRequest request, String next) {
        Provider p = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI redirect = redirectUri(request);
        AuthenticationRequest authentication = new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE), Scope.parse(settings.scope()),
                        new ClientID(settings.clientId()), redirect)
                .endpointURI(p.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        request.getSession(true).setAttribute(SESSION_PENDING,
                new PendingSignIn(state.getValue(), nonce.getValue(), verifier.getValue(), redirect.toString(), next,
                        Instant.now()));
        return authentication.toURI();
    }

    /**
     * The person the provider vouches for in its answer to this request.
     *
     * @return the validated identity and where the user was going
     * @throws SingleSignOnRefusedException when the answer is not one to a sign-in this browser started, the provider
     *     refused or is unreachable, or the ID token is not valid
     */
    public Completed complete(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(SESSION_PENDING);
        if (session != null) {
            session.removeAttribute(SESSION_PENDING); // one answer per attempt
        }
        if (!(kept instanceof PendingSignIn pending)
                || pending.startedAt().plus(Duration.ofMinutes(PENDING_MINUTES)).isBefore(Instant.now())) {
            throw new SingleSignOnRefusedException(Reason.INVALID_RESPONSE, "no sign-in pending in this session");
        }
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(URI.create(pending.redirectUri()), parameters(request));
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new SingleSignOnRefusedException(Reason.INVALID_RESPONSE, "unreadable answer: " + e.getMessage());
        }
        if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
            throw new SingleSignOnRefusedException(Reason.INVALID_RESPONSE, "state does not match");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            throw new SingleSignOnRefusedException(Reason.PROVIDER_UNAVAILABLE,
                    "the provider answered " + error.getErrorObject().getCode());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new SingleSignOnRefusedException(Reason.INVALID_RESPONSE, "no authorization code");
        }
        Provider p = provider();
        JWT idToken = exchange(p, code, pending);
        IDTokenClaimsSet claims;
        try {
            claims = p.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new SingleSignOnRefusedException(Reason.INVALID_RESPONSE, "ID token refused: " + e.getMessage());
        }
        return new Completed(identity(claims), pending.next());
    }

    private JWT exchange(Provider p, AuthorizationCode code, PendingSignIn pending) {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, URI.create(pending.redirectUri()),
                new CodeVerifier(pending.verifier()));
        ClientID client = new ClientID(settings.clientId());
        TokenRequest tokenRequest = settings.clientSecret()
                .map(secret -> new TokenRequest(p.metadata().getTokenEndpointURI(),
                        new ClientSecretBasic(client, new Secret(secret)), grant))
                .orElseGet(() -> new TokenRequest(p.metadata().getTokenEndpointURI(), client, grant));
        try {
            HTTPRequest http = tokenRequest.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            TokenResponse answer = OIDCTokenResponseParser.parse(http.send());
            if (!answer.indicatesSuccess()) {
                throw new SingleSignOnRefusedException(Reason.PROVIDER_UNAVAILABLE,
                        "token endpoint answered " + answer.toErrorResponse().getErrorObject().getCode());
            }
            if (!(answer.toSuccessResponse() instanceof OIDCTokenResponse oidc)
                    || oidc.getOIDCTokens().getIDToken() == null) {
                throw new SingleSignOnRefusedException(Reason.INVALID_RESPONSE, "no ID token");
            }
            return oidc.getOIDCTokens().getIDToken();
        } catch (IOException | com.nimbusds.oauth2.sdk.ParseException e) {
            throw new SingleSignOnRefusedException(Reason.PROVIDER_UNAVAILABLE, "token endpoint: " + e, e);
        }
    }

    private ExternalIdentity identity(IDTokenClaimsSet claims) {
        return new ExternalIdentity(
                claims.getIssuer().getValue(),
                claims.getSubject().getValue(),
                text(claims.getClaim("preferred_username")),
                text(claims.getClaim("name")),
                text(claims.getClaim("email")),
                text(claims.getClaim("locale")),
                text(claims.getClaim(settings.organisationClaim())),
                values(claims.getClaim(settings.roleClaim())));
    }

    /** A claim as one text: a string, or a list of exactly one. */
    private static Optional<String> text(Object claim) {
        if (claim instanceof Collection<?> list && list.size() == 1) {
            return text(list.iterator().next());
        }
        return claim instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    /** A claim as a list of texts: a JSON array of strings, or one string of values separated by blanks or commas. */
    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        } else if (claim instanceof String s) {
            Arrays.stream(s.split("[\\s,]+")).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return values;
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, Arrays.asList(values)));
        return params;
    }

    private URI redirectUri(HttpServletRequest request) {
        return settings.redirectUri().orElseGet(() -> {
            StringBuilder url = new StringBuilder().append(request.getScheme()).append("://")
                    .append(request.getServerName());
            int port = request.getServerPort();
            boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                    || ("https".equals(request.getScheme()) && port == 443);
            if (!defaultPort) {
                url.append(':').append(port);
            }
            return URI.create(url.append(request.getContextPath()).append("/sso/callback").toString());
        });
    }

    private Provider provider() {
        Provider known = provider.get();
        if (known != null) {
            return known;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MS,
                    TIMEOUT_MS);
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS));
            Provider found = new Provider(metadata, validator);
            provider.compareAndSet(null, found);
            return provider.get();
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException | RuntimeException e) {
            throw new SingleSignOnRefusedException(Reason.PROVIDER_UNAVAILABLE,
                    "discovery of " + settings.issuer() + ": " + e, e);
        }
    }

    /**
     * A validated answer.
     *
     * @param identity who the provider vouches for
     * @param next the local path the user was going to
     */
    public record Completed(ExternalIdentity identity, String next) {}

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    /** A sign-in started in this session and not yet answered. */
    record PendingSignIn(String state, String nonce, String verifier, String redirectUri, String next,
            Instant startedAt) implements Serializable {}
}

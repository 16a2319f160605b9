package eus.berrigune.identity.application;

import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.shared.application.BrandingSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on by OpenID Connect (docs/operations.md, "Single sign-on"): on only when the identity provider's
 * issuer and this application's client id are configured; otherwise nothing of it shows or answers.
 *
 * <p>Roles come from the role claim through the role map ({@code berrigune.oidc.role.map}, claim value = role, compared
 * without case). Only staff roles of a buying organisation can be mapped: a {@code SUPPLIER} in the map is ignored
 * (with a warning), and {@code ADMIN} is given only if the map names it, which the default does not.
 */
@ApplicationScoped
public class SingleSignOnSettings {

    static final String DEFAULT_ROLE_MAP = "buyer=BUYER,clinician=CLINICIAN,evaluator=EVALUATOR";
    private static final Logger LOG = Logger.getLogger(SingleSignOnSettings.class.getName());

    @Inject
    @ConfigProperty(name = "berrigune.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "berrigune.oidc.client.id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "berrigune.oidc.client.secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "berrigune.oidc.provider.name")
    Optional<String> providerName;

    @Inject
    BrandingSettings branding;

    @Inject
    @ConfigProperty(name = "berrigune.oidc.redirect.uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "berrigune.oidc.scope", defaultValue = "openid profile email")
    String scope;

    @Inject
    @ConfigProperty(name = "berrigune.oidc.organisation.claim", defaultValue = "organisation")
    String organisationClaim;

    @Inject
    @ConfigProperty(name = "berrigune.oidc.role.claim", defaultValue = "roles")
    String roleClaim;

    @Inject
    @ConfigProperty(name = "berrigune.oidc.role.map", defaultValue = DEFAULT_ROLE_MAP)
    String roleMapText;

    private Map<String, Role> roleMap;

    @PostConstruct
    void init() {
        roleMap = parseRoleMap(roleMapText);
        if (enabled()) {
            LOG.info(() -> "Single sign-on: OpenID Connect with " + issuer.get() + " as client " + clientId.get()
                    + "; organisation from claim '" + organisationClaim + "', roles from claim '" + roleClaim + "' "
                    + roleMap + ".");
        }
    }

    /** Parses {@code value=ROLE,value=ROLE}; anything that is not a staff role is left out with a warning. */
    static Map<String, Role> parseRoleMap(String text) {
        Map<String, Role> map = new LinkedHashMap<>();
        for (String entry : (text == null ? "" : text).split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String value = eq < 0 ? "" : entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            Optional<Role> role = eq < 0 ? Optional.empty() : roleNamed(entry.substring(eq + 1).strip());
            if (value.isEmpty() || role.isEmpty() || !role.get().allowedIn(OrganisationKind.BUYER)) {
                LOG.log(Level.WARNING, "Single sign-on role map: ''{0}'' is not value=BUYER|CLINICIAN|EVALUATOR|ADMIN; "
                        + "left out", entry.strip());
                continue;
            }
            map.put(value, role.get());
        }
        return Map.copyOf(map);
    }

    private static Optional<Role> roleNamed(String name) {
        try {
            return Optional.of(Role.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The staff roles these claim values give (values the map does not know give none). */
    public Set<Role> rolesFor(Collection<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : claimValues) {
            Role role = roleMap.get(value.strip().toLowerCase(Locale.ROOT));
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean enabled() {
        return issuer.filter(s -> !s.isBlank()).isPresent() && clientId.filter(s -> !s.isBlank()).isPresent();
    }

    public String issuer() {
        return issuer.orElseThrow().strip();
    }

    public String clientId() {
        return clientId.orElseThrow().strip();
    }

    /** The client secret; empty for a public client (PKCE only). */
    public Optional<String> clientSecret() {
        return clientSecret.filter(s -> !s.isBlank());
    }

    /** What the sign-in button calls the provider: "Sign in with …"; by default the health system's name. */
    public String providerName() {
        return providerName.filter(s -> !s.isBlank()).orElseGet(branding::getHealthSystemName);
    }

    /** The redirect URI registered at the provider; empty: this server's {@code /sso/callback} as the request saw it. */
    public Optional<URI> redirectUri() {
        return redirectUri.filter(s -> !s.isBlank()).map(s -> URI.create(s.strip()));
    }

    public String scope() {
        return scope;
    }

    public String organisationClaim() {
        return organisationClaim;
    }

    public String roleClaim() {
        return roleClaim;
    }
}

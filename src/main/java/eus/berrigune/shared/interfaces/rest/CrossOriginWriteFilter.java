package eus.berrigune.shared.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses state-changing API calls a browser sends on behalf of another site (cross-site request forgery with
 * credentials the browser holds): a POST, PUT, PATCH or DELETE whose {@code Origin} is neither this server's host nor
 * one of {@code BERRIGUNE_ALLOWED_ORIGINS}, or that the browser marks {@code Sec-Fetch-Site: cross-site}, answers
 * 403 and changes nothing. Calls without those headers (curl, other servers) are not a browser's and pass. The host
 * is compared, not the scheme, so that a proxy ending TLS in front of the servers does not matter.
 */
@Provider
@PreMatching
public class CrossOriginWriteFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(CrossOriginWriteFilter.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    @ConfigProperty(name = "berrigune.allowed.origins")
    Optional<List<String>> allowedOrigins;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        String site = request.getHeaderString("Sec-Fetch-Site");
        boolean refused = origin != null ? !allowed(origin, request.getHeaderString("Host"))
                : "cross-site".equalsIgnoreCase(site);
        if (refused) {
            LOG.info(() -> "Refused a cross-origin " + request.getMethod() + " of /" + request.getUriInfo().getPath()
                    + " from origin " + String.valueOf(origin).replaceAll("[^\\x20-\\x7e]", "?"));
            request.abortWith(ProblemResponses.build(403, "cross-origin",
                    RequestLanguage.of(request.getAcceptableLanguages()).locale(), "problem.forbidden.title",
                    "problem.crossOrigin.detail", List.of(), List.of()));
        }
    }

    private boolean allowed(String origin, String host) {
        if (allowedOrigins.map(list -> list.stream().anyMatch(o -> o.strip().equalsIgnoreCase(origin))).orElse(false)) {
            return true;
        }
        try {
            URI from = URI.create(origin.strip());
            return from.getHost() != null && host != null && sameAuthority(from, host.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notAnOrigin) {
            return false; // "null" (sandboxed documents) or garbage: not this site
        }
    }

    private static boolean sameAuthority(URI origin, String host) {
        String originHost = origin.getHost().toLowerCase(Locale.ROOT);
        int colon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
        String hostName = colon > 0 ? host.substring(0, colon) : host;
        if (!originHost.equals(hostName)) {
            return false;
        }
        // ports are compared only when both name one (a proxy may change the port, never the host)
        return colon <= 0 || origin.getPort() == -1 || host.substring(colon + 1).equals(String.valueOf(origin.getPort()));
    }
}

package eus.berrigune.shared.application;

import eus.berrigune.shared.domain.Colour;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The health system Berrigune serves: its name, logo, colours and contact link come from configuration
 * ({@code BERRIGUNE_HEALTH_SYSTEM_NAME}, {@code BERRIGUNE_LOGO_URL} or {@code BERRIGUNE_LOGO_FILE},
 * {@code BERRIGUNE_PRIMARY_COLOUR}, {@code BERRIGUNE_ACCENT_COLOUR}, {@code BERRIGUNE_CONTACT_URL}), never from code,
 * so the same build serves any health system.
 *
 * <p>Checked once at start, each value falling back to its default with a warning in the log when it is unusable: a
 * colour must be {@code #rrggbb} (nothing else can reach the stylesheet) and keep WCAG AA contrast (4.5:1) with every
 * light background the pages put it on, since links and buttons are drawn in it and white text on it; a logo URL
 * must be a path on this server (the Content-Security-Policy allows no other images); a logo file must be a readable
 * SVG, PNG, JPEG or WebP file; a contact link must be {@code https:}, {@code http:} or {@code mailto:}.
 */
@Named("branding")
@ApplicationScoped
public class BrandingSettings {

    public static final String DEFAULT_PRIMARY = "#0b5d4b";
    public static final String DEFAULT_ACCENT = "#1f5fd6";
    public static final String DEFAULT_LOGO_URL = "/resources/img/logo.svg";
    /** Where the configured logo file is served ({@code shared.interfaces.web.BrandingLogo}). */
    public static final String LOGO_FILE_URL = "/branding/logo";

    /** The light backgrounds (berrigune.css) on which the brand colours are text, or under white text. */
    static final List<Colour> LIGHT_BACKGROUNDS = List.of("#ffffff", "#f3f6f5", "#fff8e1", "#eef7f0").stream()
            .map(hex -> Colour.parse(hex).orElseThrow()).toList();

    private static final Logger LOG = Logger.getLogger(BrandingSettings.class.getName());

    @Inject
    @ConfigProperty(name = "berrigune.health.system.name", defaultValue = "Osasun Publikoa")
    String healthSystemName;

    @Inject
    @ConfigProperty(name = "berrigune.logo.url", defaultValue = DEFAULT_LOGO_URL)
    String configuredLogoUrl;

    @Inject
    @ConfigProperty(name = "berrigune.logo.file")
    Optional<String> configuredLogoFile;

    @Inject
    @ConfigProperty(name = "berrigune.primary.colour", defaultValue = DEFAULT_PRIMARY)
    String configuredPrimary;

    @Inject
    @ConfigProperty(name = "berrigune.accent.colour", defaultValue = DEFAULT_ACCENT)
    String configuredAccent;

    @Inject
    @ConfigProperty(name = "berrigune.contact.url")
    Optional<String> configuredContactUrl;

    private String primaryColour;
    private String accentColour;
    private String logoUrl;
    private Path logoFile;
    private String contactUrl;

    @PostConstruct
    void init() {
        List<String> warnings = new ArrayList<>();
        primaryColour = colour("BERRIGUNE_PRIMARY_COLOUR", configuredPrimary, DEFAULT_PRIMARY, warnings);
        accentColour = colour("BERRIGUNE_ACCENT_COLOUR", configuredAccent, DEFAULT_ACCENT, warnings);
        logoFile = configuredLogoFile.filter(f -> !f.isBlank()).map(f -> logoFile(f, warnings)).orElse(null);
        logoUrl = logoFile != null ? LOGO_FILE_URL : logoUrl(configuredLogoUrl, warnings);
        contactUrl = configuredContactUrl.filter(u -> !u.isBlank()).map(u -> contactUrl(u, warnings)).orElse(null);
        warnings.forEach(LOG::warning);
    }

    /** Checks the configuration when the application starts, so that a refused value is in the log at once. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Branding: " + healthSystemName + ", primary colour " + primaryColour + ", accent colour "
                + accentColour + ", logo " + logoUrl + (contactUrl == null ? "" : ", contact " + contactUrl));
    }

    /** The configured colour, or the default when it is not {@code #rrggbb} or too pale (or dark) for AA text. */
    static String colour(String variable, String configured, String fallback, List<String> warnings) {
        Optional<Colour> colour = Colour.parse(configured);
        if (colour.isEmpty()) {
            warnings.add(variable + " '" + configured + "' is not a #rrggbb colour; using " + fallback);
            return fallback;
        }
        double contrast = LIGHT_BACKGROUNDS.stream().mapToDouble(colour.get()::contrastWith).min().orElseThrow();
        if (contrast < Colour.AA_TEXT_CONTRAST) {
            warnings.add(String.format(Locale.ROOT, "%s %s has a contrast of only %.2f:1 with the pages' light "
                    + "backgrounds (WCAG AA needs %.1f:1 for text in it and white text on it); using %s", variable,
                    colour.get().css(), contrast, Colour.AA_TEXT_CONTRAST, fallback));
            return fallback;
        }
        return colour.get().css();
    }

    static String logoUrl(String configured, List<String> warnings) {
        String url = configured == null ? "" : configured.strip();
        if (url.startsWith("/") && !url.startsWith("//") && url.matches("[A-Za-z0-9/._~%-]+")) {
            return url;
        }
        warnings.add("BERRIGUNE_LOGO_URL '" + configured + "' is not a path on this server (images from elsewhere are "
                + "blocked by the Content-Security-Policy; use BERRIGUNE_LOGO_FILE for a file of your own); using "
                + DEFAULT_LOGO_URL);
        return DEFAULT_LOGO_URL;
    }

    static Path logoFile(String configured, List<String> warnings) {
        Path file = Path.of(configured.strip());
        if (logoContentType(file).isEmpty()) {
            warnings.add("BERRIGUNE_LOGO_FILE '" + configured + "' is not an .svg, .png, .jpg or .webp file; using the "
                    + "logo URL");
            return null;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            warnings.add("BERRIGUNE_LOGO_FILE '" + configured + "' cannot be read; using the logo URL");
            return null;
        }
        return file;
    }

    static String contactUrl(String configured, List<String> warnings) {
        String url = configured.strip();
        if (url.matches("(?i)(https?://|mailto:)[^\\s\"'<>]+")) {
            return url;
        }
        warnings.add("BERRIGUNE_CONTACT_URL '" + configured + "' is not an https:, http: or mailto: address; the footer "
                + "shows no contact link");
        return null;
    }

    /** The content type of a logo file by its extension, if it is a kind of image the pages may show. */
    public static Optional<String> logoContentType(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return Optional.of("image/svg+xml");
        } else if (name.endsWith(".png")) {
            return Optional.of("image/png");
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of("image/jpeg");
        } else if (name.endsWith(".webp")) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    public String getHealthSystemName() {
        return healthSystemName;
    }

    /** The logo's path on this server (the template puts the context path before it). */
    public String getLogoUrl() {
        return logoUrl;
    }

    /** The configured logo file, served at {@link #LOGO_FILE_URL}; empty when the logo is a path of the application. */
    public Optional<Path> getLogoFile() {
        return Optional.ofNullable(logoFile);
    }

    /** The brand colour ({@code #rrggbb}): the header, links, buttons, chart bars. */
    public String getPrimaryColour() {
        return primaryColour;
    }

    /** The accent colour ({@code #rrggbb}): the focus ring and the marks that draw the eye. */
    public String getAccentColour() {
        return accentColour;
    }

    /** The footer's contact link, or null when none is configured. */
    public String getContactUrl() {
        return contactUrl;
    }
}

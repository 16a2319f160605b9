package eus.berrigune.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The health system Berrigune serves: its name, logo and colours come from configuration
 * ({@code BERRIGUNE_HEALTH_SYSTEM_NAME}, {@code BERRIGUNE_LOGO_URL}, {@code BERRIGUNE_PRIMARY_COLOUR}), never from
 * code, so the same build serves any health system.
 */
@Named("branding")
@ApplicationScoped
public class BrandingSettings {

    @Inject
    @ConfigProperty(name = "berrigune.health.system.name", defaultValue = "Osasun Publikoa")
    String healthSystemName;

    @Inject
    @ConfigProperty(name = "berrigune.logo.url", defaultValue = "/resources/img/logo.svg")
    String logoUrl;

    @Inject
    @ConfigProperty(name = "berrigune.primary.colour", defaultValue = "#0b5d4b")
    String primaryColour;

    public String getHealthSystemName() {
        return healthSystemName;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    /** A CSS colour; anything else falls back to the default so that configuration cannot inject CSS. */
    public String getPrimaryColour() {
        return primaryColour != null && primaryColour.matches("#[0-9a-fA-F]{6}") ? primaryColour : "#0b5d4b";
    }
}

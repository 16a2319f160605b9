package eus.berrigune.catalog.domain;

/** How a product carbon footprint was calculated. */
public enum CarbonMethod {
    ISO_14067,
    EPD_EN_15804,
    EPD_ISO_14025,
    PACT,
    OTHER
}

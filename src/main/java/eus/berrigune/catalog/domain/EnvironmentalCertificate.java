package eus.berrigune.catalog.domain;

/** Environmental or energy management certificates held by the manufacturer. */
public enum EnvironmentalCertificate {
    ISO_14001,
    EMAS,
    ISO_50001
}

package eus.berrigune.catalog.domain;

/** The regulation a product is placed on the market under. */
public enum Legislation {
    /** Medical Devices Regulation (EU) 2017/745. */
    MDR,
    /** In Vitro Diagnostic Regulation (EU) 2017/746. */
    IVDR,
    /** Not a medical device (e.g. wellness or organisational software). */
    NON_DEVICE;

    public boolean isDevice() {
        return this != NON_DEVICE;
    }
}

package eus.berrigune.catalog.domain;

/**
 * MDR classes (I, Is, Im, Ir, IIa, IIb, III) and IVDR classes (A–D). Plain class I and non-sterile class A devices
 * are self-certified; every other class needs a notified body.
 */
public enum RiskClass {
    I(Legislation.MDR, false),
    IS(Legislation.MDR, true),
    IM(Legislation.MDR, true),
    IR(Legislation.MDR, true),
    IIA(Legislation.MDR, true),
    IIB(Legislation.MDR, true),
    III(Legislation.MDR, true),
    IVD_A(Legislation.IVDR, false),
    IVD_B(Legislation.IVDR, true),
    IVD_C(Legislation.IVDR, true),
    IVD_D(Legislation.IVDR, true);

    private final Legislation legislation;
    private final boolean needsNotifiedBody;

    RiskClass(Legislation legislation, boolean needsNotifiedBody) {
        this.legislation = legislation;
        this.needsNotifiedBody = needsNotifiedBody;
    }

    public Legislation legislation() {
        return legislation;
    }

    public boolean needsNotifiedBody() {
        return needsNotifiedBody;
    }
}

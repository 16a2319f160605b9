package eus.berrigune.catalog.domain;

/** Standards a product uses to exchange data with the hospital's systems. */
public enum InteroperabilityStandard {
    HL7_FHIR,
    HL7_V2,
    HL7_CDA,
    DICOM,
    IHE_XDS,
    IHE_PCD,
    SNOMED_CT,
    LOINC,
    ISO_IEEE_11073
}

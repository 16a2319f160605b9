package eus.berrigune.catalog.domain;

/** Whether the product carries CE marking. */
public enum CeStatus {
    CE_MARKED,
    IN_ASSESSMENT,
    NOT_MARKED,
    NOT_APPLICABLE
}

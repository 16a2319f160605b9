package eus.berrigune.catalog.domain;

/** draft → published → archived; an archived product can be published again after being completed. */
public enum ProductStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}

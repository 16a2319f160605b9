package eus.berrigune.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The product's name, description and intended purpose in one language. */
@Embeddable
public class ProductText {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PURPOSE_MAX = 2000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "intended_purpose", length = PURPOSE_MAX)
    private String intendedPurpose;

    protected ProductText() {}

    public ProductText(String name, String description, String intendedPurpose) {
        this.name = name;
        this.description = description;
        this.intendedPurpose = intendedPurpose;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getIntendedPurpose() {
        return intendedPurpose;
    }

    boolean isComplete() {
        return notBlank(name) && notBlank(description) && notBlank(intendedPurpose);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

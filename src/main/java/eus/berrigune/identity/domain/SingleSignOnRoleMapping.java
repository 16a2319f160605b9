package eus.berrigune.identity.domain;

import eus.berrigune.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/**
 * A value of the identity provider's role claim that the administrator maps to a staff role (single sign-on). Only
 * staff roles of a buying organisation can be the target, never a company's; each value maps to one role. Values are
 * compared without case.
 */
@Entity
@Table(name = "sso_role_mapping")
public class SingleSignOnRoleMapping extends BaseEntity {

    public static final int CLAIM_VALUE_MAX = 100;

    @Column(name = "claim_value", nullable = false, length = CLAIM_VALUE_MAX, updatable = false)
    private String claimValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    protected SingleSignOnRoleMapping() {}

    public SingleSignOnRoleMapping(String claimValue, Role role) {
        String value = normalise(claimValue);
        if (value.isEmpty() || value.length() > CLAIM_VALUE_MAX) {
            throw new IllegalArgumentException("a role claim value is 1 to " + CLAIM_VALUE_MAX + " characters");
        }
        this.claimValue = value;
        mapTo(role);
    }

    /** Maps the value to another staff role. */
    public void mapTo(Role newRole) {
        if (newRole == null || !newRole.allowedIn(OrganisationKind.BUYER)) {
            throw new IllegalArgumentException("only staff roles of a buying organisation can be mapped");
        }
        this.role = newRole;
    }

    /** How a claim value is compared: without surrounding blanks and case. */
    public static String normalise(String claimValue) {
        return claimValue == null ? "" : claimValue.strip().toLowerCase(Locale.ROOT);
    }

    public String getClaimValue() {
        return claimValue;
    }

    public Role getRole() {
        return Objects.requireNonNull(role);
    }
}

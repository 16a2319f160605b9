package eus.berrigune.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.identity.domain.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configured role map: staff roles only, ADMIN only when named, values compared without case. */
class SingleSignOnSettingsTest {

    @Test
    void theDefaultMapGivesTheThreeStaffRolesAndNeverAdmin() {
        Map<String, Role> map = SingleSignOnSettings.parseRoleMap(SingleSignOnSettings.DEFAULT_ROLE_MAP);
        assertThat(map).containsOnly(Map.entry("buyer", Role.BUYER), Map.entry("clinician", Role.CLINICIAN),
                Map.entry("evaluator", Role.EVALUATOR));
    }

    @Test
    void aCompanyRoleOrAnythingMalformedIsLeftOut() {
        Map<String, Role> map = SingleSignOnSettings.parseRoleMap(
                " Medicos = clinician , suppliers=SUPPLIER, broken, =BUYER, x=NOBODY, it-admins=ADMIN,");
        assertThat(map).containsOnly(Map.entry("medicos", Role.CLINICIAN), Map.entry("it-admins", Role.ADMIN));
    }

    @Test
    void claimValuesAreMappedWithoutCaseAndUnknownOnesGiveNothing() {
        SingleSignOnSettings settings = new SingleSignOnSettings();
        settings.roleMapText = "buyer=BUYER,clinician=CLINICIAN";
        settings.issuer = java.util.Optional.empty();
        settings.clientId = java.util.Optional.empty();
        settings.init();
        assertThat(settings.rolesFor(List.of(" Clinician", "porter", "BUYER"))).containsExactlyInAnyOrder(
                Role.CLINICIAN, Role.BUYER);
        assertThat(settings.rolesFor(List.of("admin", "supplier"))).isEmpty();
        assertThat(settings.enabled()).isFalse();
    }
}

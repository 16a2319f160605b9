package eus.berrigune.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eus.berrigune.shared.domain.Language;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The domain's part of single sign-on: who can be provisioned, codes and role mappings only for staff. */
class SingleSignOnAccountTest {

    static final String ISSUER = "https://idp.osasun.example/realms/staff";

    final Organisation hospital = new Organisation(OrganisationKind.BUYER, "Hospital Universitario de Lautada");
    final Organisation company = new Organisation(OrganisationKind.COMPANY, "Bihotz Medical S.L.");

    UserAccount provision(Organisation organisation, Set<Role> roles) {
        return UserAccount.provisionedBySingleSignOn("ane.etxeberria", "Ane Etxeberria", "ane@osasun.example",
                organisation, Language.EU, roles, ISSUER, "f3a1c2");
    }

    @Test
    void aProvisionedAccountIsLinkedToTheProviderAndHasNoPasswordAnyHasherAccepts() {
        UserAccount account = provision(hospital, Set.of(Role.CLINICIAN));
        assertThat(account.isSingleSignOn()).isTrue();
        assertThat(account.getRoles()).containsExactly(Role.CLINICIAN);
        assertThat(account.getPasswordHash()).isEqualTo(UserAccount.NO_LOCAL_PASSWORD).doesNotContain(":");
        assertThat(account.maySignIn()).isTrue();
    }

    @Test
    void onlyStaffOfABuyingOrganisationAreProvisioned() {
        assertThatThrownBy(() -> provision(company, Set.of(Role.SUPPLIER))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provision(hospital, Set.of(Role.SUPPLIER))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.provisionedBySingleSignOn("ane", "Ane", "", hospital, Language.EU,
                Set.of(Role.BUYER), ISSUER, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProviderRefreshesRolesNameAndAddressOfItsOwnAccountsOnly() {
        UserAccount account = provision(hospital, Set.of(Role.CLINICIAN));
        account.refreshFromIdentityProvider("Ane Etxeberria Goikoetxea", "", Set.of(Role.CLINICIAN, Role.EVALUATOR));
        assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.EVALUATOR);
        assertThat(account.getDisplayName()).isEqualTo("Ane Etxeberria Goikoetxea");

        UserAccount local = new UserAccount("buyer1", "PBKDF2WithHmacSHA256:1:a:b", "Buyer", "b@osasun.example",
                hospital, Language.ES, Set.of(Role.BUYER));
        assertThat(local.isSingleSignOn()).isFalse();
        assertThatThrownBy(() -> local.refreshFromIdentityProvider("X", "", Set.of(Role.ADMIN)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyABuyingOrganisationHasACodeAtTheProvider() {
        hospital.assignSsoCode(" HUL-01 ");
        assertThat(hospital.getSsoCode()).contains("HUL-01");
        hospital.assignSsoCode("");
        assertThat(hospital.getSsoCode()).isEmpty();
        assertThatThrownBy(() -> company.assignSsoCode("BIHOTZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hospital.assignSsoCode("two words")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoleMappingGivesOnlyAStaffRoleAndComparesValuesWithoutCase() {
        SingleSignOnRoleMapping mapping = new SingleSignOnRoleMapping("  Berrigune-Admins ", Role.ADMIN);
        assertThat(mapping.getClaimValue()).isEqualTo("berrigune-admins");
        assertThatThrownBy(() -> new SingleSignOnRoleMapping("suppliers", Role.SUPPLIER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mapping.mapTo(Role.SUPPLIER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SingleSignOnRoleMapping(" ", Role.BUYER)).isInstanceOf(IllegalArgumentException.class);
    }
}

package eus.berrigune.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CompanyRegistrationTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration VALIDITY = Duration.ofHours(48);

    final String token = ConfirmationToken.generate();

    CompanyRegistration registration() {
        return new CompanyRegistration(
                new Organisation.ProfileData("Txalaparta Medical S.L.", "B12345674", "Bilbao", null, null, null, null, null),
                new UserAccount.NewAccount("ane", "hash", "Ane Etxeberria", "ane@txalaparta.example", Language.EU),
                ConfirmationToken.hash(token), NOW, VALIDITY);
    }

    @Test
    void aNewRegistrationIsACompanyWaitingForConfirmationWhoseContactCannotSignIn() {
        CompanyRegistration r = registration();
        assertThat(r.getStatus()).isEqualTo(OrganisationStatus.PENDING_CONFIRMATION);
        assertThat(r.getCompany().isCompany()).isTrue();
        assertThat(r.getContact().getRoles()).containsExactly(Role.SUPPLIER);
        assertThat(r.getContact().maySignIn()).isFalse();
        assertThat(r.getCompany().getStatus().allowsPublishing()).isFalse();
    }

    @Test
    void theLinkConfirmsOnceBeforeItExpires() {
        CompanyRegistration r = registration();
        r.confirmEmail(ConfirmationToken.hash(token), NOW.plus(VALIDITY).minusSeconds(1));
        assertThat(r.getStatus()).isEqualTo(OrganisationStatus.PENDING_APPROVAL);
        assertThat(r.getContact().maySignIn()).isTrue();
        assertThat(r.getCompany().getStatus().allowsPublishing()).isFalse();
        assertThat(r.getEmailConfirmedAt()).isPresent();
        // used: the same link again is refused
        assertThatThrownBy(() -> r.confirmEmail(ConfirmationToken.hash(token), NOW.plusSeconds(10)))
                .isInstanceOf(InvalidStateException.class)
                .hasMessage("registration.confirm.invalidLink");
    }

    @Test
    void anExpiredOrWrongLinkIsRefusedAndChangesNothing() {
        CompanyRegistration r = registration();
        assertThatThrownBy(() -> r.confirmEmail(ConfirmationToken.hash(token), NOW.plus(VALIDITY)))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> r.confirmEmail(ConfirmationToken.hash(ConfirmationToken.generate()), NOW))
                .isInstanceOf(InvalidStateException.class);
        assertThat(r.getStatus()).isEqualTo(OrganisationStatus.PENDING_CONFIRMATION);
        assertThat(r.getEmailConfirmedAt()).isEmpty();
    }

    @Test
    void approvalNeedsAConfirmedAddressAndComesOnce() {
        CompanyRegistration r = registration();
        assertThatThrownBy(() -> r.approve(1, null, NOW)).isInstanceOf(InvalidStateException.class)
                .hasMessage("registration.message.notConfirmed");
        r.confirmEmail(ConfirmationToken.hash(token), NOW);
        r.approve(1, "Known member of the cluster", NOW);
        assertThat(r.getStatus()).isEqualTo(OrganisationStatus.APPROVED);
        assertThat(r.getCompany().getStatus().allowsPublishing()).isTrue();
        assertThat(r.getDecidedBy()).contains(1L);
        assertThatThrownBy(() -> r.reject(1, "changed my mind", NOW)).isInstanceOf(InvalidStateException.class);
        assertThat(r.getStatus()).isEqualTo(OrganisationStatus.APPROVED);
    }

    @Test
    void rejectionNeedsAReasonAndDisablesTheContact() {
        CompanyRegistration r = registration();
        r.confirmEmail(ConfirmationToken.hash(token), NOW);
        assertThatThrownBy(() -> r.reject(1, "  ", NOW)).isInstanceOf(ValidationException.class);
        assertThat(r.getStatus()).isEqualTo(OrganisationStatus.PENDING_APPROVAL);
        r.reject(1, "Not a health-technology company", NOW);
        assertThat(r.getStatus()).isEqualTo(OrganisationStatus.REJECTED);
        assertThat(r.getContact().isEnabled()).isFalse();
        assertThat(r.getContact().maySignIn()).isFalse();
        assertThat(r.getDecisionReason()).contains("Not a health-technology company");
        assertThatThrownBy(() -> r.approve(1, null, NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anUnconfirmedRegistrationCanBeRejectedAndItsLinkNoLongerWorks() {
        CompanyRegistration r = registration();
        r.reject(1, "Spam", NOW);
        assertThatThrownBy(() -> r.confirmEmail(ConfirmationToken.hash(token), NOW))
                .isInstanceOf(InvalidStateException.class);
        assertThat(r.getStatus()).isEqualTo(OrganisationStatus.REJECTED);
    }
}

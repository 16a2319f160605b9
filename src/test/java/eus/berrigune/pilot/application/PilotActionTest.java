package eus.berrigune.pilot.application;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.pilot.domain.Actor;
import eus.berrigune.pilot.domain.Pilot;
import eus.berrigune.pilot.domain.PilotStatus;
import eus.berrigune.shared.domain.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PilotActionTest {

    static final long HOSPITAL = 10;
    static final long COMPANY = 40;
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static AuthenticatedUser user(long id, long organisation, OrganisationKind kind, Role... roles) {
        return new AuthenticatedUser(id, "u" + id, "User " + id, organisation, "Org " + organisation, kind,
                Set.of(roles), Language.EN);
    }

    final AuthenticatedUser clinician = user(1, HOSPITAL, OrganisationKind.BUYER, Role.CLINICIAN);
    final AuthenticatedUser otherClinician = user(5, HOSPITAL, OrganisationKind.BUYER, Role.CLINICIAN);
    final AuthenticatedUser officer = user(2, HOSPITAL, OrganisationKind.BUYER, Role.BUYER);
    final AuthenticatedUser evaluator = user(3, HOSPITAL, OrganisationKind.BUYER, Role.EVALUATOR);
    final AuthenticatedUser supplier = user(4, COMPANY, OrganisationKind.COMPANY, Role.SUPPLIER);
    final AuthenticatedUser otherHospital = user(6, 11, OrganisationKind.BUYER, Role.BUYER, Role.CLINICIAN);
    final AuthenticatedUser otherSupplier = user(7, 41, OrganisationKind.COMPANY, Role.SUPPLIER);
    final AuthenticatedUser admin = user(8, HOSPITAL, OrganisationKind.BUYER, Role.ADMIN);

    Pilot requested() {
        return new Pilot(HOSPITAL, 20, 30, COMPANY, new Actor(1, "Ane", "H"), "Use", true, NOW);
    }

    @Test
    void triageBelongsToOfficersAndEvaluatorsOfTheHospitalOnly() {
        Pilot p = requested();
        assertThat(PilotAction.allowedFor(p, officer)).containsExactly(PilotAction.TRIAGE, PilotAction.WITHDRAW);
        assertThat(PilotAction.allowedFor(p, evaluator)).containsExactly(PilotAction.TRIAGE);
        assertThat(PilotAction.allowedFor(p, clinician)).containsExactly(PilotAction.WITHDRAW);
        for (AuthenticatedUser outsider : new AuthenticatedUser[] {otherClinician, supplier, otherHospital,
                otherSupplier, admin}) {
            assertThat(PilotAction.allowedFor(p, outsider)).as(outsider.username()).isEmpty();
        }
    }

    @Test
    void theCompanyHasAPartOnlyOnceInvitedAndNoOtherCompanyEver() {
        Pilot p = requested();
        p.startTriage(new Actor(2, "Jon", "H"), NOW);
        p.approve(new Actor(2, "Jon", "H"), Set.of(), NOW);
        assertThat(PilotAction.isCompany(p, supplier)).isFalse();
        p.invite(new Actor(2, "Jon", "H"), NOW);
        assertThat(PilotAction.allowedFor(p, supplier)).containsExactly(PilotAction.ACCEPT, PilotAction.DECLINE);
        assertThat(PilotAction.allowedFor(p, otherSupplier)).isEmpty();
        assertThat(PilotAction.isCompany(p, otherSupplier)).isFalse();
    }

    @Test
    void timeInStateCountsLeftStatesAndTheCurrentOneButNotFinalStates() {
        Pilot running = requested();
        running.startTriage(new Actor(2, "Jon", "H"), NOW.plus(Duration.ofDays(2)));
        Map<PilotStatus, long[]> times = new EnumMap<>(PilotStatus.class);
        PilotDashboard.addTimes(running, NOW.plus(Duration.ofDays(5)), times);
        assertThat(times.get(PilotStatus.REQUESTED)).containsExactly(2 * 86_400L, 1);
        assertThat(times.get(PilotStatus.TRIAGE)).containsExactly(3 * 86_400L, 1);

        Pilot rejected = requested();
        rejected.startTriage(new Actor(2, "Jon", "H"), NOW.plus(Duration.ofDays(1)));
        rejected.reject(new Actor(2, "Jon", "H"), "No", NOW.plus(Duration.ofDays(2)));
        PilotDashboard.addTimes(rejected, NOW.plus(Duration.ofDays(30)), times);
        assertThat(times.get(PilotStatus.REQUESTED)).containsExactly(3 * 86_400L, 2);
        assertThat(times).doesNotContainKey(PilotStatus.REJECTED);
    }
}

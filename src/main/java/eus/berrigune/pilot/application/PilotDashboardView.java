package eus.berrigune.pilot.application;

import eus.berrigune.shared.application.ChartBar;
import java.util.List;

/**
 * A buying organisation's needs and pilots at a glance, in the reader's language. Every figure that a chart draws is
 * here as a number, so pages can show the same numbers as a table (and API clients can read them).
 *
 * @param pilots pilots in all
 * @param pilotsByStatus pilots per state (states with at least one)
 * @param needsByState needs: open, market consultation asked for, with a pilot request, turned into a consultation
 * @param byHospital needs and pilots per hospital
 * @param timeInState average days a pilot spends in each state it passed through (final states excluded)
 * @param localPilots pilots of a cluster-member (local) company
 * @param localPercent their share of all pilots, in per cent
 * @param outcomes how the pilots that ended, ended
 * @param endpointsMet agreed endpoints met, over the completed pilots
 * @param endpoints agreed endpoints reported, over the completed pilots
 */
public record PilotDashboardView(
        int pilots,
        List<ChartBar> pilotsByStatus,
        List<ChartBar> needsByState,
        List<HospitalRow> byHospital,
        List<ChartBar> timeInState,
        int localPilots,
        int localPercent,
        List<ChartBar> outcomes,
        int endpointsMet,
        int endpoints) {

    /** Needs and pilots of one hospital ("" when the need names none). */
    public record HospitalRow(String hospital, int needs, int pilots) {}
}

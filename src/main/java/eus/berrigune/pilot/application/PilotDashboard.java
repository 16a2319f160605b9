package eus.berrigune.pilot.application;

import eus.berrigune.catalog.application.CatalogIndexFeed;
import eus.berrigune.catalog.application.IndexableProduct;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.pilot.domain.ClinicalNeed;
import eus.berrigune.pilot.domain.ClinicalNeedRepository;
import eus.berrigune.pilot.domain.EndpointResult;
import eus.berrigune.pilot.domain.Pilot;
import eus.berrigune.pilot.domain.PilotEvent;
import eus.berrigune.pilot.domain.PilotRepository;
import eus.berrigune.pilot.domain.PilotStatus;
import eus.berrigune.shared.application.ChartBar;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The buying organisation's dashboard of needs and pilots (its staff only). */
@ApplicationScoped
@Transactional
public class PilotDashboard {

    static final List<PilotStatus> ENDINGS = List.of(PilotStatus.COMPLETED, PilotStatus.STOPPED, PilotStatus.REJECTED,
            PilotStatus.NEEDS_CLINICAL_INVESTIGATION, PilotStatus.COMPANY_DECLINED, PilotStatus.WITHDRAWN);

    @Inject
    PilotRepository pilots;

    @Inject
    ClinicalNeedRepository needs;

    @Inject
    CatalogIndexFeed catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public PilotDashboardView of(Language language) {
        AuthenticatedUser user = currentUser.require();
        if (!user.isBuyingStaff()) {
            throw new AccessDeniedException();
        }
        List<Pilot> all = pilots.findByOrganisation(user.organisationId());
        List<ClinicalNeed> needList = needs.findByOrganisation(user.organisationId());
        Instant now = clock.instant();

        Map<PilotStatus, Integer> byStatus = new EnumMap<>(PilotStatus.class);
        Map<PilotStatus, long[]> stateTime = new EnumMap<>(PilotStatus.class);
        Set<Long> needsWithPilots = new HashSet<>();
        Map<Long, Integer> pilotsPerNeed = new HashMap<>();
        Map<Long, Boolean> localByProduct = new HashMap<>();
        int local = 0;
        int met = 0;
        int endpoints = 0;
        for (Pilot p : all) {
            byStatus.merge(p.getStatus(), 1, Integer::sum);
            needsWithPilots.add(p.getNeedId());
            pilotsPerNeed.merge(p.getNeedId(), 1, Integer::sum);
            boolean isLocal = localByProduct.computeIfAbsent(p.getProductId(),
                    id -> catalog.product(id).map(IndexableProduct::clusterMember).orElse(false));
            if (isLocal) {
                local++;
            }
            if (p.getStatus() == PilotStatus.COMPLETED) {
                for (EndpointResult r : p.getResults()) {
                    endpoints++;
                    met += r.isMet() ? 1 : 0;
                }
            }
            addTimes(p, now, stateTime);
        }

        List<ChartBar> statusBars = new ArrayList<>();
        for (PilotStatus s : PilotStatus.values()) {
            if (byStatus.containsKey(s)) {
                statusBars.add(ChartBar.of(s.name(), label(language, "PilotStatus." + s.name()), byStatus.get(s)));
            }
        }
        int consulted = (int) needList.stream().filter(n -> n.getConsultationId().isPresent()).count();
        int piloted = (int) needList.stream().filter(n -> needsWithPilots.contains(n.getId())).count();
        int marketAsked = (int) needList.stream()
                .filter(n -> n.getConsultationId().isEmpty() && n.getMarketRequestedAt().isPresent()).count();
        int open = (int) needList.stream()
                .filter(n -> n.getConsultationId().isEmpty() && n.getMarketRequestedAt().isEmpty()
                        && !needsWithPilots.contains(n.getId())).count();
        List<ChartBar> needBars = List.of(
                ChartBar.of("OPEN", label(language, "pilots.dashboard.needs.open"), open),
                ChartBar.of("MARKET_REQUESTED", label(language, "pilots.dashboard.needs.marketRequested"), marketAsked),
                ChartBar.of("PILOT", label(language, "pilots.dashboard.needs.pilot"), piloted),
                ChartBar.of("CONSULTATION", label(language, "pilots.dashboard.needs.consultation"), consulted));

        Map<String, int[]> hospitals = new TreeMap<>();
        for (ClinicalNeed n : needList) {
            String hospital = n.data().hospital() == null ? "" : n.data().hospital();
            int[] row = hospitals.computeIfAbsent(hospital, h -> new int[2]);
            row[0]++;
            row[1] += pilotsPerNeed.getOrDefault(n.getId(), 0);
        }
        List<PilotDashboardView.HospitalRow> hospitalRows = hospitals.entrySet().stream()
                .map(e -> new PilotDashboardView.HospitalRow(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        List<ChartBar> timeBars = new ArrayList<>();
        for (Map.Entry<PilotStatus, long[]> e : stateTime.entrySet()) {
            double days = Math.round(e.getValue()[0] / (double) e.getValue()[1] / 86_400.0 * 10) / 10.0;
            timeBars.add(ChartBar.of(e.getKey().name(), label(language, "PilotStatus." + e.getKey().name()), days));
        }
        List<ChartBar> outcomeBars = ENDINGS.stream()
                .map(s -> ChartBar.of(s.name(), label(language, "PilotStatus." + s.name()), byStatus.getOrDefault(s, 0)))
                .toList();
        return new PilotDashboardView(all.size(), ChartBar.scaled(statusBars), ChartBar.scaled(needBars), hospitalRows,
                ChartBar.scaled(timeBars), local, all.isEmpty() ? 0 : Math.round(100f * local / all.size()),
                ChartBar.scaled(outcomeBars), met, endpoints);
    }

    /**
     * Adds the seconds the pilot spent in each state it left, or is still in (unless final), to {@code times}
     * (per state: total seconds, pilots).
     */
    static void addTimes(Pilot p, Instant now, Map<PilotStatus, long[]> times) {
        List<PilotEvent> events = p.getEvents();
        Map<PilotStatus, Long> seconds = new EnumMap<>(PilotStatus.class);
        for (int i = 0; i < events.size(); i++) {
            PilotStatus state = events.get(i).getStatus();
            if (i > 0 && events.get(i - 1).getStatus() == state) {
                continue;
            }
            Instant end = null;
            for (int j = i + 1; j < events.size(); j++) {
                if (events.get(j).getStatus() != state) {
                    end = events.get(j).getOccurredAt();
                    break;
                }
            }
            if (end == null && state.isFinal()) {
                continue;
            }
            long s = Duration.between(events.get(i).getOccurredAt(), end == null ? now : end).toSeconds();
            seconds.merge(state, Math.max(0, s), Long::sum);
        }
        seconds.forEach((state, s) -> {
            long[] total = times.computeIfAbsent(state, x -> new long[2]);
            total[0] += s;
            total[1]++;
        });
    }

    private static String label(Language language, String key) {
        return MessageBundle.get(language, key);
    }
}

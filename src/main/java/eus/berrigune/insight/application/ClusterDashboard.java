package eus.berrigune.insight.application;

import eus.berrigune.catalog.application.CatalogIndexFeed;
import eus.berrigune.catalog.application.IndexableProduct;
import eus.berrigune.catalog.domain.CarbonBand;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.consultation.application.ConsultationService;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.pilot.application.PilotService;
import eus.berrigune.pilot.domain.PilotStatus;
import eus.berrigune.shared.application.ChartBar;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public cluster dashboard: companies and products by EMDN category, evidence maturity and verified share,
 * sustainability data coverage and carbon bands, consultation participation, pilots and their outcomes. Public
 * because every figure is an aggregate of public facts or a count; it reads every published product, so the
 * language-independent counts are kept for {@value #FRESH_SECONDS} seconds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ClusterDashboard {

    static final long FRESH_SECONDS = 60;
    static final int PAGE = 1000;

    @Inject
    CatalogIndexFeed catalog;

    @Inject
    ConsultationService consultations;

    @Inject
    PilotService pilots;

    @Inject
    IdentityService identity;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    Clock clock;

    private volatile Counts cached;

    /** The figures in the reader's language. */
    public ClusterFigures figures(Language language) {
        Counts c = counts();
        List<ClusterFigures.CategoryRow> categories = new ArrayList<>();
        c.byCategory.forEach((code, row) -> categories.add(new ClusterFigures.CategoryRow(code,
                emdn.find(code).map(t -> t.term()).orElse(code), row[0], row[1], row[2])));
        List<ChartBar> levels = new ArrayList<>();
        for (EvidenceLevel level : EvidenceLevel.values()) {
            levels.add(ChartBar.of(level.name(), label(language, "EvidenceLevel." + level.name()),
                    c.levels.getOrDefault(level, 0)));
        }
        List<ChartBar> bands = new ArrayList<>();
        for (CarbonBand band : CarbonBand.values()) {
            bands.add(ChartBar.of(band.code(), label(language, "search.co2." + band.code()),
                    c.bands.getOrDefault(band, 0)));
        }
        List<ChartBar> states = new ArrayList<>();
        c.pilots.forEach((s, n) -> states.add(ChartBar.of(s.name(), label(language, "PilotStatus." + s.name()), n)));
        return new ClusterFigures(c.products, c.companies, c.clusterCompanies, categories, ChartBar.scaled(levels),
                c.items, c.verified, percent(c.verified, c.items), c.footprints, percent(c.footprints, c.products),
                ChartBar.scaled(bands), c.consultations, c.answering, c.answeringCluster, c.answers,
                ChartBar.scaled(states), c.pilotOutcomes, c.at);
    }

    private Counts counts() {
        Counts c = cached;
        Instant now = clock.instant();
        if (c == null || Duration.between(c.at, now).getSeconds() >= FRESH_SECONDS || c.at.isAfter(now)) {
            c = compute(now);
            cached = c;
        }
        return c;
    }

    private Counts compute(Instant now) {
        Counts c = new Counts(now);
        Map<String, Set<Long>> companiesByCategory = new TreeMap<>();
        Map<String, Set<Long>> clusterByCategory = new TreeMap<>();
        Set<Long> companies = new HashSet<>();
        Set<Long> clusterCompanies = new HashSet<>();
        long after = 0;
        List<IndexableProduct> page;
        do {
            page = catalog.page(after, PAGE);
            for (IndexableProduct p : page) {
                after = Math.max(after, p.id());
                if (p.status() != ProductStatus.PUBLISHED || p.emdnCode() == null) {
                    continue;
                }
                String category = p.emdnCode().substring(0, 1);
                c.products++;
                c.byCategory.computeIfAbsent(category, k -> new int[3])[0]++;
                companiesByCategory.computeIfAbsent(category, k -> new HashSet<>()).add(p.companyId());
                companies.add(p.companyId());
                if (p.clusterMember()) {
                    clusterByCategory.computeIfAbsent(category, k -> new HashSet<>()).add(p.companyId());
                    clusterCompanies.add(p.companyId());
                }
                c.levels.merge(p.evidenceLevel(), 1, Integer::sum);
                c.items += p.evidenceCount();
                c.verified += (int) p.verifiedCount();
                if (p.kgCo2e() != null) {
                    c.footprints++;
                    c.bands.merge(CarbonBand.of(p.kgCo2e()), 1, Integer::sum);
                }
            }
        } while (page.size() == PAGE);
        c.byCategory.forEach((category, row) -> {
            row[1] = companiesByCategory.getOrDefault(category, Set.of()).size();
            row[2] = clusterByCategory.getOrDefault(category, Set.of()).size();
        });
        c.companies = companies.size();
        c.clusterCompanies = clusterCompanies.size();

        ConsultationService.Participation participation = consultations.participation();
        c.consultations = participation.consultations();
        c.answering = participation.answersByCompany().size();
        c.answers = participation.answersByCompany().values().stream().mapToLong(Long::longValue).sum();
        Map<Long, OrganisationSummary> profiles = identity.publicProfiles(participation.answersByCompany().keySet());
        c.answeringCluster = (int) profiles.values().stream().filter(OrganisationSummary::clusterMember).count();

        c.pilots.putAll(pilots.countsByStatus());
        c.pilotOutcomes = (int) (long) c.pilots.getOrDefault(PilotStatus.COMPLETED, 0L);
        return c;
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }

    private static String label(Language language, String key) {
        return MessageBundle.get(language, key);
    }

    /** The language-independent counts. */
    private static final class Counts {
        final Instant at;
        final Map<String, int[]> byCategory = new TreeMap<>();
        final Map<EvidenceLevel, Integer> levels = new EnumMap<>(EvidenceLevel.class);
        final Map<CarbonBand, Integer> bands = new EnumMap<>(CarbonBand.class);
        final Map<PilotStatus, Long> pilots = new EnumMap<>(PilotStatus.class);
        int products;
        int companies;
        int clusterCompanies;
        int items;
        int verified;
        int footprints;
        long consultations;
        int answering;
        int answeringCluster;
        long answers;
        int pilotOutcomes;

        Counts(Instant at) {
            this.at = at;
        }
    }
}

package eus.berrigune.insight.application;

import eus.berrigune.shared.application.ChartBar;
import java.time.Instant;
import java.util.List;

/**
 * The market as a cluster manager asks about it ("are our companies reaching the home health system?"), from
 * published products, announced consultations and pilots, in the reader's language. Aggregates only: nothing that is
 * not public is named.
 *
 * @param publishedProducts published products
 * @param companies companies with a published product
 * @param clusterCompanies of which cluster members
 * @param byCategory per EMDN category: products, companies, cluster-member companies
 * @param evidenceLevels published products per derived evidence level
 * @param evidenceItems evidence items of published products
 * @param verifiedItems of which verified by an evaluator or a buying organisation
 * @param verifiedPercent their share, in per cent
 * @param footprintDeclared products that declare a carbon footprint
 * @param footprintPercent their share, in per cent
 * @param carbonBands products per carbon band (kg CO2e per declared unit)
 * @param consultations market consultations announced
 * @param answeringCompanies companies that submitted at least one answer
 * @param answeringClusterCompanies of which cluster members
 * @param submittedAnswers answers submitted
 * @param pilotsByStatus pilots per state, over every buying organisation
 * @param pilotOutcomes evidence items that are signed-off pilot outcomes
 * @param computedAt when these figures were computed
 */
public record ClusterFigures(
        int publishedProducts,
        int companies,
        int clusterCompanies,
        List<CategoryRow> byCategory,
        List<ChartBar> evidenceLevels,
        int evidenceItems,
        int verifiedItems,
        int verifiedPercent,
        int footprintDeclared,
        int footprintPercent,
        List<ChartBar> carbonBands,
        long consultations,
        int answeringCompanies,
        int answeringClusterCompanies,
        long submittedAnswers,
        List<ChartBar> pilotsByStatus,
        int pilotOutcomes,
        Instant computedAt) {

    /** One EMDN category's figures. */
    public record CategoryRow(String code, String term, int products, int companies, int clusterCompanies) {}
}

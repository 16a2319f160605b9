package eus.berrigune.insight.application;

import eus.berrigune.shared.application.ChartBar;
import java.util.List;

/**
 * How the installation is used and whether it is healthy, for administrators, in the reader's language.
 *
 * @param organisationsByKind companies and buying organisations
 * @param clusterMembers companies that are cluster members
 * @param usersByRole users holding each role (a user may hold several)
 * @param disabledUsers users whose account is disabled
 * @param productsByStatus products per state
 * @param emailsByStatus notification e-mails per outbox state
 * @param emailsFailed e-mails given up after every retry (worth a look at the SMTP settings)
 */
public record AdminFigures(
        List<ChartBar> organisationsByKind,
        int clusterMembers,
        List<ChartBar> usersByRole,
        int disabledUsers,
        List<ChartBar> productsByStatus,
        List<ChartBar> emailsByStatus,
        long emailsFailed) {}

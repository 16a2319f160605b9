package eus.berrigune.pilot.domain;

import eus.berrigune.catalog.domain.CeStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The triage gate of domain.md: a product without valid CE marking for the intended purpose, or used outside it, is
 * not a pilot but a clinical investigation. Checked against the product as it is on the day of the decision.
 */
public final class RegulatoryGate {

    private RegulatoryGate() {}

    /**
     * What stands between the request and approval (empty when nothing does).
     *
     * @param ceStatus the product's CE marking
     * @param certificateExpiry the certificate's expiry, if any
     * @param productEmdn the product's EMDN code: the kind of device it is certified as
     * @param needEmdnCodes the kinds of device the need names (empty when the clinician did not name any)
     * @param declaredWithinPurpose the requester's statement that the use lies within the manufacturer's intended
     *     purpose
     * @param today the day of the check
     */
    public static Set<GateIssue> check(CeStatus ceStatus, LocalDate certificateExpiry, String productEmdn,
            Collection<String> needEmdnCodes, boolean declaredWithinPurpose, LocalDate today) {
        Set<GateIssue> issues = EnumSet.noneOf(GateIssue.class);
        if (ceStatus != CeStatus.CE_MARKED) {
            issues.add(GateIssue.NOT_CE_MARKED);
        } else if (certificateExpiry != null && certificateExpiry.isBefore(today)) {
            issues.add(GateIssue.CERTIFICATE_EXPIRED);
        }
        boolean classifiedForTheNeed = needEmdnCodes.isEmpty()
                || (productEmdn != null && needEmdnCodes.stream().anyMatch(productEmdn::startsWith));
        if (!declaredWithinPurpose || !classifiedForTheNeed) {
            issues.add(GateIssue.OUTSIDE_INTENDED_PURPOSE);
        }
        return issues;
    }
}

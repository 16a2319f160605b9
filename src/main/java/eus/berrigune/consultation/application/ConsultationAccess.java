package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.Consultation;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.domain.Role;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may do what with a consultation (docs/architecture.md, access policy). The buying team is the procurement
 * officers (role BUYER) of the organisation that runs it.
 */
public final class ConsultationAccess {

    private ConsultationAccess() {}

    public static boolean isBuyingTeam(Consultation c, Optional<AuthenticatedUser> user) {
        return user.map(u -> u.organisationId() == c.getBuyerId() && u.hasRole(Role.BUYER)).orElse(false);
    }

    /** The notice is public once scheduled; a draft is the buying team's. */
    public static boolean canRead(Consultation c, Optional<AuthenticatedUser> user) {
        return c.isPublic() || isBuyingTeam(c, user);
    }

    /** A supplier whose company the consultation admits, while it accepts answers. */
    public static boolean mayTakePart(Consultation c, Optional<AuthenticatedUser> user, Instant now) {
        return user.map(u -> u.hasRole(Role.SUPPLIER) && c.admits(u.organisationId()) && c.acceptsAnswersAt(now))
                .orElse(false);
    }
}

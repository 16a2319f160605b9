package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.ConsultationKind;
import eus.berrigune.consultation.domain.ConsultationStatus;
import java.time.Instant;

/**
 * A consultation in a list.
 *
 * @param id consultation
 * @param status state
 * @param kind open or selected participants
 * @param title title in the reader's language where available
 * @param language language of the title
 * @param buyerName buying organisation
 * @param startAt opening
 * @param deadline answer deadline
 */
public record ConsultationSummary(long id, ConsultationStatus status, ConsultationKind kind, String title, String language,
        String buyerName, Instant startAt, Instant deadline) {}

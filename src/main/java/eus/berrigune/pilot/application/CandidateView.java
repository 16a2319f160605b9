package eus.berrigune.pilot.application;

import java.util.List;

/**
 * A product proposed for a need, with its score and the reasons, in the reader's language.
 *
 * @param productId product
 * @param name its name
 * @param companyName its company
 * @param score 0–100 (docs/pilots.md)
 * @param clinicalInvestigation only a clinical investigation could try it (not CE-marked, or certificate expired)
 * @param reasons the score explained, point by point
 */
public record CandidateView(long productId, String name, String companyName, int score, boolean clinicalInvestigation,
        List<String> reasons) implements java.io.Serializable {}

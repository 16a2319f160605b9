/**
 * Clinical needs and pilots (issue 5, first increment: needs and the ranking of candidate products).
 *
 * <p>Responsible for: a clinician's description of an unmet need, visible to the staff of their own buying
 * organisation only; proposing candidate products for a need, ranked by a deterministic, documented score whose every
 * point is explained (docs/pilots.md). Invariant: a need never leaves its organisation; candidates are only published
 * products. Out of scope for now: pilot requests, triage, agreements, running, evaluation and evidence.
 */
package eus.berrigune.pilot;

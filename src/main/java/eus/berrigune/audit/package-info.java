/**
 * The audit trail: who did what to which object, when, and with what outcome — append-only and hash-chained.
 *
 * <p>Responsible for: recording business events (creations, changes, publications, state transitions, sign-offs),
 * sign-ins and failed sign-ins, denied accesses, and reads of confidential material (a company's consultation answer
 * read by the buying team, buyer-only evidence documents); verifying that the chain is intact; pruning records older
 * than the retention period while keeping the rest verifiable; the auditor's view (administrators only).
 *
 * <p>Invariants: (1) records are only ever appended, numbered 1, 2, 3, … without gaps, one at a time across every
 * server (the single row of {@code audit_chain_head} is locked for the append); (2) each record's hash is the SHA-256
 * of its canonical encoding, which includes the previous record's hash, so changing, removing or reordering any row
 * makes {@link eus.berrigune.audit.application.AuditService#verify()} fail at that row; (3) a record written by
 * {@link eus.berrigune.audit.application.AuditTrail#record} commits or rolls back with the business change it
 * describes; denials and failed sign-ins are written in a transaction of their own; (4) text given by users never
 * reaches the log or the table with line breaks or control characters.
 *
 * <p>Other capabilities call {@code AuditTrail}; denials thrown by any application service are recorded without any
 * call ({@code DenialRecorder}). Out of scope: shipping the trail to an external store (operators may export the
 * head hash, docs/operations.md).
 */
package eus.berrigune.audit;

/**
 * Idempotency keys for the REST API's state-changing calls: "do this once, whatever the network does".
 *
 * <p>Responsible for: remembering, per user and {@code Idempotency-Key}, the first successful answer to a call
 * (method, path, a SHA-256 of the request, status, {@code Location} and body) and answering a retry of the same call
 * with that answer instead of doing it again; refusing a key reused for a different call (422); forgetting keys after
 * their lifetime ({@code BERRIGUNE_IDEMPOTENCY_HOURS}, default 24).
 *
 * <p>Invariants: (1) the answer is stored in the same transaction as the business change it answers
 * ({@link eus.berrigune.idempotency.application.IdempotencyService#once} is the transaction boundary and the business
 * service joins it), so a stored answer exists exactly when the change committed: a client whose answer was lost
 * (timeout, 503, a crash of the server or of the database during the commit) retries with the same key and either
 * gets the stored answer or, if nothing committed, has the call done now — never twice; (2) only successful (2xx)
 * answers are stored; a refused call may be retried with the same key once corrected; (3) a key belongs to the user
 * who sent it: another user's identical key is another key; (4) two requests with the same key at once: one commits, the
 * other's insert of the same key fails, its whole transaction rolls back and it is answered 409; a retry then gets
 * the stored answer.
 *
 * <p>Out of scope: pages (Faces forms have their own view state), calls without the header (they behave as before).
 */
package eus.berrigune.idempotency;

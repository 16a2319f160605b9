/**
 * Identity: organisations (companies and buying organisations), users, roles and signing in.
 *
 * <p>Responsible for:
 * <ol>
 *   <li>local accounts with PBKDF2 password hashes, validated by one identity store;
 *   <li>one authentication mechanism: a session for the web pages (id renewed at sign-in, idle and absolute
 *       timeouts), HTTP Basic on every API call;
 *   <li>{@link eus.berrigune.identity.application.CurrentUser}, how every other capability learns who is calling;
 *   <li>administration of organisations, users and roles; a company's own profile.
 * </ol>
 *
 * <p>Invariants: a user belongs to one organisation and holds only roles that fit its kind (SUPPLIER in companies;
 * BUYER, CLINICIAN, EVALUATOR, ADMIN in buying organisations). Out of scope for now: single sign-on (OpenID Connect)
 * and company self-registration.
 */
package eus.berrigune.identity;

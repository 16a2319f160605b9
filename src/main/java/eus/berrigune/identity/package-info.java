/**
 * Identity: organisations (companies and buying organisations), users, roles and signing in.
 *
 * <p>Responsible for:
 * <ol>
 *   <li>local accounts with PBKDF2 password hashes, validated by one identity store;
 *   <li>one authentication mechanism: a session for the web pages (id renewed at sign-in, idle and absolute
 *       timeouts), HTTP Basic on every API call;
 *   <li>{@link eus.berrigune.identity.application.CurrentUser}, how every other capability learns who is calling;
 *   <li>administration of organisations, users and roles; a company's own profile;
 *   <li>company self-registration: register, confirm the contact's e-mail with a single-use expiring secret (stored
 *       as its SHA-256), an administrator's approval or rejection with a reason;
 *   <li>sign-in lockout per name (in the database, unknown names alike) and throttling per client address;
 *   <li>single sign-on by OpenID Connect for the health system's staff (when configured): authorization code with
 *       PKCE, state and nonce, the ID token validated by the Nimbus SDK; organisation from the organisation claim
 *       (the code an administrator gives a buying organisation), staff roles from the role claim through the role
 *       map; the first sign-in provisions an account linked to {@code iss} + {@code sub}, without a password.
 * </ol>
 *
 * <p>Invariants: a user belongs to one organisation and holds only roles that fit its kind (SUPPLIER in companies;
 * BUYER, CLINICIAN, EVALUATOR, ADMIN in buying organisations); only users of an organisation whose standing allows it
 * sign in (not before the e-mail is confirmed, not after a rejection), and only approved companies publish. Single
 * sign-on never lets a company's user in (only buying organisations carry a code, only staff roles can be mapped) and
 * never gives ADMIN unless the role map names it. Out of scope for now: linking an existing local account to the
 * identity provider, single logout, resending a confirmation link.
 */
package eus.berrigune.identity;

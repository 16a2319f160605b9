/**
 * Catalogue: companies' products with their regulatory status, clinical evidence and sustainability evidence.
 *
 * <p>Responsible for:
 * <ol>
 *   <li>the {@link eus.berrigune.catalog.domain.Product} aggregate and its life cycle (draft → published → archived);
 *   <li>evidence items, their verification by evaluators and the derived evidence level (docs/evidence-level.md);
 *   <li>evidence documents (PDF by content, at most 20 MB, bytes stored in the database), public or buyer-only;
 *   <li>the access policy for all of the above ({@code CatalogAccessPolicy}): drafts and buyer-only documents never
 *       reach another company or an anonymous visitor, through pages, API or downloads.
 * </ol>
 *
 * <p>Invariants: only valid records are stored; publication needs a complete record; a published product stays
 * complete; a changed evidence item is self-declared again. Out of scope: search (the search capability), pilots'
 * real-world evidence (created through this capability's application API by the pilot capability).
 */
package eus.berrigune.catalog;

/**
 * Shortlists and saved searches: what a member of a buying organisation keeps from the catalogue.
 *
 * <p>Responsible for: named shortlists of products and named saved searches, each personal to the user who made
 * it; telling the owner of a saved search (in-app) when a newly published or changed product starts to match it,
 * once per product. Invariants: names are unique per owner; a shortlist holds at most {@code Shortlist.MAX_ITEMS}
 * products, each once, and only products the owner could read when adding them; nobody but the owner reads, changes
 * or is told about them. The consultation and pilot features start from these.
 */
package eus.berrigune.shortlist;

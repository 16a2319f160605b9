/**
 * Search: the full-text, faceted product index (embedded Lucene) and its API and page.
 *
 * <p>Responsible for: indexing every product from the catalogue's feed (rebuilt at start, updated after each
 * committed change); matching text in eu/es/en with stemming, accent folding, typo tolerance and codes; facets and
 * sorting; adding the catalogue's visibility rule to every query. Invariant: a search never returns what the caller
 * could not read in the catalogue. Also the comparison of 2 to 4 products and the canonical search query that saved
 * searches keep (the shortlists and saved searches themselves live in the shortlist capability).
 */
package eus.berrigune.search;

package eus.berrigune.shortlist.application;

/**
 * A saved search in its owner's list.
 *
 * @param id saved search
 * @param name its name
 * @param query the canonical search query ({@code q=…&f=…}), empty for the whole catalogue
 * @param alerts whether the owner is told of new matches
 * @param newMatches products announced since the owner last opened it
 */
public record SavedSearchSummary(long id, String name, String query, boolean alerts, long newMatches) implements java.io.Serializable {}

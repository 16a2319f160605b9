package eus.berrigune.shortlist.application;

import java.time.Instant;

/**
 * A shortlist in a list of shortlists.
 *
 * @param id shortlist
 * @param name its name
 * @param itemCount how many products it holds
 * @param updatedAt last change
 */
public record ShortlistSummary(long id, String name, int itemCount, Instant updatedAt) implements java.io.Serializable {}

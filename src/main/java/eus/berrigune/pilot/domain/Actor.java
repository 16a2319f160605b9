package eus.berrigune.pilot.domain;

/**
 * Who takes a step on a pilot, as the timeline records it.
 *
 * @param userId the user
 * @param name the name shown
 * @param organisation the user's organisation's name
 */
public record Actor(long userId, String name, String organisation) {}

package eus.berrigune.identity.application;

/**
 * An organisation's public profile or cluster membership changed, fired within the changing transaction: what other
 * capabilities derived from it (a company's name and membership in the search index) must be read again.
 *
 * @param organisationId the organisation
 */
public record OrganisationChanged(long organisationId) {}

/**
 * What truly is shared: the base entity, the business exception family, languages, the message bundle, problem+json
 * mapping, database migrations, health checks, locale handling and the page template's helpers.
 */
package eus.berrigune.shared;

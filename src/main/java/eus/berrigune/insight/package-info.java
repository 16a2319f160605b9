/**
 * Insight: what needs each user's attention, drawn from the other capabilities through their application services
 * (which apply their own access rules), for the home page.
 */
package eus.berrigune.insight;

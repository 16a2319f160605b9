/**
 * Feedback on accessibility: anybody, signed in or not, reports a barrier or asks for content in an accessible form;
 * administrators are told at once and mark each report handled. The channel the accessibility statement promises.
 */
package eus.berrigune.feedback;

package eus.berrigune.identity.application;

import java.time.Duration;

/**
 * Why a sign-in was refused before (or, for the failure that locked the name, after) its password was checked, and
 * how long to wait: the interfaces say it in the user's language (page) or as 401/429 with Retry-After (API).
 *
 * @param reason locked name or throttled address
 * @param retryAfter how long until an attempt may succeed
 */
public record SignInRefusal(Reason reason, Duration retryAfter) {

    /** Request attribute under which the authentication mechanism leaves the refusal for the page or the API. */
    public static final String REQUEST_ATTRIBUTE = "berrigune.signInRefusal";

    /** Why. */
    public enum Reason {
        /** Too many failed sign-ins under this name: locked for a while (whether an account has the name or not). */
        LOCKED,
        /** Too many failed sign-ins from this address. */
        THROTTLED
    }

    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }

    /** Whole minutes, rounded up, at least 1. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}

package eus.berrigune.identity.application;

import eus.berrigune.shared.domain.BusinessException;
import java.util.Locale;

/**
 * A single sign-on that lets nobody in. The sign-in page says why in the user's language (the message key
 * {@code login.sso.refused.<code>}); the audit trail and the log record it as a failed sign-in with the detail.
 */
public class SingleSignOnRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** The organisation claim is missing or names no buying organisation of Berrigune. */
        UNKNOWN_ORGANISATION,
        /** The role claim gives no staff role. */
        NO_ROLE,
        /** The person's account belongs to another organisation than the claim now names. */
        ORGANISATION_CHANGED,
        /** The person's account was disabled by an administrator. */
        ACCOUNT_DISABLED,
        /** The answer was not a sign-in we started, or its ID token is not valid (signature, iss, aud, exp, nonce). */
        INVALID_RESPONSE,
        /** The identity provider could not be reached or answered with an error. */
        PROVIDER_UNAVAILABLE;

        /** The lower-case code used in the page address and the message key. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static java.util.Optional<Reason> fromCode(String code) {
            for (Reason r : values()) {
                if (r.code().equals(code)) {
                    return java.util.Optional.of(r);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private final Reason reason;
    private final String detail;

    /**
     * @param reason why, as the user is told
     * @param detail what exactly, for the audit trail and the log (may quote claims: it is neutralised there)
     */
    public SingleSignOnRefusedException(Reason reason, String detail) {
        super("login.sso.refused." + reason.code());
        this.reason = reason;
        this.detail = detail;
    }

    public SingleSignOnRefusedException(Reason reason, String detail, Throwable cause) {
        this(reason, detail);
        initCause(cause);
    }

    public String detail() {
        return detail;
    }

    public Reason reason() {
        return reason;
    }
}

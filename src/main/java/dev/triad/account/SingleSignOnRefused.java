package dev.triad.account;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The identity provider signed the person in, but Triad does not let them in: Triad's accounts are the ones HR
 * created, and a provider's word counts only for an email it has verified. Thrown while the provider's answer is
 * matched to an account ({@link SingleSignOnAccounts}); the refusal page and the audit log say why.
 */
public class SingleSignOnRefused extends OAuth2AuthenticationException {

    private static final long serialVersionUID = 1L;

    /** Why; the audit log's words for HR. */
    public enum Reason {
        NO_EMAIL("the provider gave no email"),
        UNVERIFIED_EMAIL("the provider has not verified the email"),
        UNKNOWN_EMAIL("no person in Triad has this email"),
        DEACTIVATED("the person is deactivated"),
        NOT_OPENID_CONNECT("the provider answered without an ID token (not OpenID Connect)");

        private final String audited;

        Reason(String audited) {
            this.audited = audited;
        }

        public String audited() {
            return audited;
        }
    }

    private final Reason reason;
    private final String email;

    SingleSignOnRefused(Reason reason, String email) {
        super(new OAuth2Error("triad_" + reason.name().toLowerCase(java.util.Locale.ROOT)), reason.audited());
        this.reason = reason;
        this.email = email;
    }

    public Reason reason() {
        return reason;
    }

    /** The email the provider gave, as it gave it; null when it gave none. */
    public String email() {
        return email;
    }
}

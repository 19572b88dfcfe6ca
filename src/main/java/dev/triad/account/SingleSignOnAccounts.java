package dev.triad.account;

import dev.triad.account.SingleSignOnRefused.Reason;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.Serial;

/**
 * Matches what an identity provider says about the person signing in to a person HR created. The provider's ID token
 * has been checked by then (signature, issuer, audience, expiry, nonce: Spring Security's
 * {@code OidcAuthorizationCodeAuthenticationProvider}); its claims, and the user-info endpoint's, are read here. The
 * match is by the email alone, case-insensitively, and only by an email the provider says it verified
 * ({@code email_verified}, or the claim {@code triad.sso.email-verified-claim.<registration id>} names, for
 * providers such as Entra ID that state it differently). Nobody is created here: an unknown email is refused, and so
 * is a deactivated person. The roles are Triad's, never the provider's groups.
 */
@Service
class SingleSignOnAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final String VERIFIED_CLAIM = "triad.sso.email-verified-claim.";

    private final OidcUserService provider = new OidcUserService();
    private final Users users;
    private final Environment environment;
    private final TransactionTemplate readOnly;

    SingleSignOnAccounts(Users users, Environment environment, PlatformTransactionManager transactions) {
        this.users = users;
        this.environment = environment;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        // the provider's user-info endpoint is called first, outside any transaction: no connection waits on it
        OidcUser said = provider.loadUser(request);
        String email = said.getEmail();
        if (email == null || email.isBlank()) {
            throw new SingleSignOnRefused(Reason.NO_EMAIL, null);
        }
        String verifiedClaim = environment.getProperty(
                VERIFIED_CLAIM + request.getClientRegistration().getRegistrationId(),
                StandardClaimNames.EMAIL_VERIFIED);
        if (!isTrue(said.getClaims().get(verifiedClaim))) {
            throw new SingleSignOnRefused(Reason.UNVERIFIED_EMAIL, email);
        }
        CurrentUser person = readOnly.execute(status -> matched(email));
        return new SingleSignOnUser(person, said);
    }

    private CurrentUser matched(String email) {
        User user = users.findByEmail(User.normaliseEmail(email))
                .orElseThrow(() -> new SingleSignOnRefused(Reason.UNKNOWN_EMAIL, email));
        if (!user.isActive()) {
            throw new SingleSignOnRefused(Reason.DEACTIVATED, email);
        }
        // no password is asked of someone signed in by their provider, so none is to be changed either
        return new CurrentUser(
                user.getId(),
                user.getEmail(),
                user.getFullName(),
                user.getRoles(),
                true,
                false,
                null,
                user.hasOwnTimeZone() ? user.zoneOr(null) : null);
    }

    /** A boolean claim, or the text "true" some providers send instead. */
    static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim)
                || (claim instanceof String text && text.strip().equalsIgnoreCase("true"));
    }

    /**
     * The provider's person with the Triad person they were matched to, for the rest of the sign-in only: the session
     * keeps the {@link CurrentUser} alone ({@link SingleSignOnSignIn}), never the provider's tokens. Its name is the
     * Triad email, as every sign-in's is.
     */
    static final class SingleSignOnUser extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final CurrentUser person;

        SingleSignOnUser(CurrentUser person, OidcUser said) {
            super(person.getAuthorities(), said.getIdToken(), said.getUserInfo(), IdTokenClaimNames.SUB);
            this.person = person;
        }

        CurrentUser person() {
            return person;
        }

        @Override
        public String getName() {
            return person.email();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SingleSignOnUser that && that.person.equals(person) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return person.hashCode();
        }
    }
}

package dev.triad.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Sign-ins, failed ones and throttled ones, from Spring Security's authentication events. */
@Component
class SignInAudit {

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        trail.recordFrom(
                AuditKind.SIGN_IN,
                event.getAuthentication().getName(),
                null,
                how(event.getAuthentication()),
                address(event.getAuthentication()));
    }

    /** Which way in, when it was not the password: single sign-on names its provider. */
    static String how(Authentication authentication) {
        return authentication instanceof OAuth2LoginAuthenticationToken sso
                ? "single sign-on with " + sso.getClientRegistration().getClientName()
                : null;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        boolean throttled = event.getException() instanceof LockedException;
        trail.recordFrom(
                throttled ? AuditKind.SIGN_IN_THROTTLED : AuditKind.SIGN_IN_FAILED,
                event.getAuthentication().getName(),
                null,
                reason(event.getException()),
                address(event.getAuthentication()));
    }

    /** Why the sign-in failed, in HR's words (an unknown email and a wrong password read the same, as on the page). */
    static String reason(AuthenticationException e) {
        if (e instanceof LockedException) {
            return "Too many failed sign-ins lately: not checked";
        }
        if (e instanceof DisabledException) {
            return "The account is deactivated";
        }
        if (e instanceof BadCredentialsException || e instanceof UsernameNotFoundException) {
            return "Wrong email or password";
        }
        return "Sign-in refused";
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}

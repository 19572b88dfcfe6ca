package dev.triad.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
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
        trail.recordFrom(AuditKind.SIGN_IN, event.getAuthentication().getName(), null, null, address(event.getAuthentication()));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        boolean throttled = event.getException() instanceof LockedException;
        trail.recordFrom(throttled ? AuditKind.SIGN_IN_THROTTLED : AuditKind.SIGN_IN_FAILED, event.getAuthentication().getName(),
                null, event.getException().getClass().getSimpleName(), address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}

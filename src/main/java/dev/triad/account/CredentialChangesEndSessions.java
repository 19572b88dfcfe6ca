package dev.triad.account;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A new password or second factor ends the person's other signed-in sessions: whoever had taken one over with the
 * old credentials is out. When the change is made in a signed-in session of that person (the password page, the
 * second factor's enrolment), that session stays, under a new id; when it is made through an emailed link, by HR, or
 * anywhere else, all of them end. After the change commits, so that a change that failed ends nothing.
 */
@Component
class CredentialChangesEndSessions {

    private final SignedInSessions signedIn;
    private final Users users;
    private final AuditTrail audit;

    CredentialChangesEndSessions(SignedInSessions signedIn, Users users, AuditTrail audit) {
        this.signedIn = signedIn;
        this.users = users;
        this.audit = audit;
    }

    // public: called through the transactional proxy
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PasswordChanged event) {
        users.findById(event.userId()).ifPresent(user -> end(user.getId(), user.getEmail(), "a password change"));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SecondFactorChanged event) {
        String email = event.email() != null
                ? event.email()
                : users.findById(event.userId()).map(User::getEmail).orElse(null);
        if (email != null) {
            end(event.userId(), email, "a change of the second factor");
        }
    }

    private void end(Long userId, String email, String why) {
        HttpServletRequest request = currentRequest();
        HttpSession kept = request != null && isSignedInAs(userId) ? request.getSession(false) : null;
        int ended = signedIn.endAllBut(email, kept == null ? null : kept.getId());
        if (kept != null) {
            // the session that made the change goes on under a new id: an old copy of its cookie is worth nothing
            request.changeSessionId();
        }
        if (ended > 0 || kept != null) {
            audit.record(
                    AuditKind.SESSIONS_ENDED,
                    actor(email),
                    "person " + userId,
                    ended + " session(s) ended after " + why + (kept != null ? "; the one that made it kept" : ""));
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static boolean isSignedInAs(Long userId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getPrincipal() instanceof CurrentUser me
                && userId.equals(me.id());
    }

    /** Who made the change: the signed-in person (the person, or HR), else the person through their emailed link. */
    private static String actor(String email) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? email
                : authentication.getName();
    }
}

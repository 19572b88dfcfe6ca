package dev.triad.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The HTTP sessions a person has open, on any instance (they live in the database): ended when HR deactivates them. */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session signed in as {@code email}; the person's next request goes to the sign-in page. */
    int endAllOf(String email) {
        var open = sessions.findByPrincipalName(email);
        open.keySet().forEach(sessions::deleteById);
        return open.size();
    }
}

package dev.triad.account;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.NotFoundException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The HTTP sessions a person has open, on any instance (they live in the database): listed on the person's own
 * sessions page, ended one by one or all but the current one by the person, all of them when HR deactivates the
 * person, and all but the current one when a password or a second factor changes ({@link CredentialChangesEndSessions}).
 *
 * <p>A session is named on the page by a handle, the SHA-256 of its id: the id itself is the cookie's value and would
 * be enough to take the session over, while the handle cannot be turned back into the id and no cookie accepts it.
 * Only the person's own sessions are looked among, so another person's handle (or a made-up one) is "Not found".
 */
@Component
public class SignedInSessions {

    /** 32 bytes in URL-safe Base64 without padding: anything else is no handle. */
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditTrail audit;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AuditTrail audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * One of a person's signed-in sessions, as their list shows it. {@code device}, {@code address} and
     * {@code signedInAt} are null for a session that has not yet been noted ({@link SignInRecorder}).
     */
    public record OpenSession(
            String handle, String device, String address, Instant signedInAt, Instant lastSeen, boolean current) {}

    /**
     * The person's sessions that have not expired: the current one (the session of {@code currentSessionId}, may be
     * null) first, then the others, most recently seen first. One statement, whatever the number of sessions.
     */
    public List<OpenSession> of(CurrentUser me, String currentSessionId) {
        return open(me).stream()
                .map(session -> describe(session, currentSessionId))
                .sorted(Comparator.comparing(OpenSession::current)
                        .reversed()
                        .thenComparing(OpenSession::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * The person ends another of their sessions: its next request goes to the sign-in page.
     *
     * @throws NotFoundException for a handle that is none of the person's other sessions (someone else's, a made-up
     *     one, or the current session, which "Sign out" ends)
     */
    public OpenSession end(CurrentUser me, String handle, String currentSessionId) {
        Session found = handle == null || !HANDLE.matcher(handle).matches()
                ? null
                : open(me).stream()
                        .filter(session -> handleOf(session.getId()).equals(handle))
                        .filter(session -> !session.getId().equals(currentSessionId))
                        .findFirst()
                        .orElse(null);
        if (found == null) {
            // the handle is not repeated: it could be another person's, and the log is read by HR
            audit.record(
                    AuditKind.SESSION_END_REFUSED,
                    me.email(),
                    "person " + me.id(),
                    "no other session of the person has that handle");
            throw new NotFoundException("Session");
        }
        OpenSession ended = describe(found, currentSessionId);
        sessions.deleteById(found.getId());
        audit.record(
                AuditKind.SESSIONS_ENDED,
                me.email(),
                "person " + me.id(),
                "1 other session ended by the person (" + deviceOf(ended) + ")");
        return ended;
    }

    /** The person ends all their sessions but the current one; how many were ended. */
    public int endOthers(CurrentUser me, String currentSessionId) {
        int ended = endAllBut(me.email(), currentSessionId);
        audit.record(
                AuditKind.SESSIONS_ENDED,
                me.email(),
                "person " + me.id(),
                ended + " other session(s) ended by the person");
        return ended;
    }

    /** The handle of the session with this id, as the list names it (URL-safe, 43 characters). */
    public static String handleOf(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("triad-session:" + sessionId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Ends every session signed in as {@code email}; the person's next request goes to the sign-in page. */
    int endAllOf(String email) {
        return endAllBut(email, null);
    }

    /** Ends every session signed in as {@code email} but the one of {@code keptSessionId} (may be null: none kept). */
    int endAllBut(String email, String keptSessionId) {
        var open = sessions.findByPrincipalName(email);
        int ended = 0;
        for (String id : open.keySet()) {
            if (!id.equals(keptSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    private List<Session> open(CurrentUser me) {
        return sessions.findByPrincipalName(me.email()).values().stream()
                .filter(session -> !session.isExpired())
                .map(Session.class::cast)
                .toList();
    }

    private static OpenSession describe(Session session, String currentSessionId) {
        SessionSignIn signIn = session.getAttribute(SessionSignIn.ATTRIBUTE) instanceof SessionSignIn noted
                ? noted
                : new SessionSignIn(null, null, null, null);
        return new OpenSession(
                handleOf(session.getId()),
                signIn.device(),
                signIn.address(),
                signIn.at(),
                session.getLastAccessedTime(),
                Objects.equals(session.getId(), currentSessionId));
    }

    private static String deviceOf(OpenSession session) {
        return session.device() == null ? Device.UNKNOWN : session.device();
    }
}

package dev.triad.session;

import java.util.Comparator;
import java.util.List;

/**
 * The length, format and place of an engagement's usual session, for a session the client books: neither the programme
 * nor the engagement sets one, so it is that of the engagement's most recent session (by start, whatever became of
 * it), else an hour by video.
 */
public record UsualSession(int minutes, SessionFormat format, String location) {

    public static final UsualSession FIRST = new UsualSession(60, SessionFormat.VIDEO, null);

    public static UsualSession of(List<CoachingSession> sessions) {
        return sessions.stream()
                .max(Comparator.comparing(CoachingSession::getStartsAt).thenComparing(CoachingSession::getId))
                .map(last -> new UsualSession(last.getMinutes(), last.getFormat(), last.getLocation()))
                .orElse(FIRST);
    }
}

package dev.triad.system;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A save made on an older version of a record than the one stored now: someone else (or the same person in another
 * window) saved it after this form was opened. Controllers answer it with a 409 page that keeps what was typed beside
 * the stored values ({@link Conflict}); a stale save never overwrites.
 */
public class StaleEdit extends ObjectOptimisticLockingFailureException {
    private static final long serialVersionUID = 1L;

    public StaleEdit(Class<?> type, Object id) {
        super(type, id);
    }

    /**
     * @param opened the version the form carried (null when the form carried none: treated as stale, never as "any")
     * @param stored the record's {@code @Version} now
     * @throws StaleEdit unless the form was opened on the stored version
     */
    public static void check(Class<?> type, Object id, Long opened, long stored) {
        if (opened == null || opened != stored) {
            throw new StaleEdit(type, id);
        }
    }
}

package dev.triad.engagement;

import java.util.List;

/**
 * An extension point for data rights (the client's export and HR's erasure after the retention period): each module
 * that holds personal content of engagements declares one bean implementing this interface, in its own package, and
 * the privacy module calls every such bean. A module knows its own tables and who may see what of them; the privacy
 * module knows neither.
 */
public interface PersonalData {

    /** What erased free text becomes where the database requires some text (a goal's statement, an outcome's goals). */
    String ERASED = "(erased)";

    /** The signed-in client and the engagements in which they are the client (never anyone else's). */
    record ClientScope(Long clientId, List<Long> engagementIds) {

        public ClientScope {
            engagementIds = List.copyOf(engagementIds);
        }
    }

    /**
     * Writes what this module holds of the client's own data in {@code scope}'s engagements to {@code out}: exactly what
     * the client may see in the application (never the coach's private notes, coachability or a 360 rater's identity),
     * one JSON file per kind (written even when empty) and any files. Called in a read-only transaction.
     */
    void export(ClientScope scope, ClientExport out);

    /**
     * Erases the confidential content this module holds for the engagement: deletes or blanks every text people wrote
     * and every file, and keeps what the anonymous aggregates count (statuses, scores, hours, dates). Called in the
     * erasure's transaction, once the privacy module has checked that the engagement is closed and past retention.
     */
    void erase(Long engagementId);
}

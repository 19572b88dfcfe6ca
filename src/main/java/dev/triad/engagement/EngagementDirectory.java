package dev.triad.engagement;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How other modules read engagements: the engagement with its people, the ones a leader leads, a client's, its phase history. Only
 * reads — a change to an engagement from another module goes through this module's services (for instance
 * {@link EngagementService#markErased}), never through the {@link Engagements} repository, which stays inside this module
 * ({@code ModularityTest} checks it).
 */
@Component
public class EngagementDirectory {

    private final Engagements engagements;
    private final PhaseChanges phaseChanges;

    EngagementDirectory(Engagements engagements, PhaseChanges phaseChanges) {
        this.engagements = engagements;
        this.phaseChanges = phaseChanges;
    }

    /** The engagement with its client, leader, coach and programme loaded (for mails, pages and exports). */
    public Optional<Engagement> findWithPeople(Long id) {
        return engagements.findWithPeople(id);
    }

    /**
     * The engagements with these ids, each with its people as {@link #findWithPeople}, a thousand to a statement: for a
     * job that mails about many engagements in one transaction, where a query per engagement would also flush every
     * engagement loaded before it.
     */
    public Map<Long, Engagement> withPeople(Collection<Long> ids) {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, Engagement> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            engagements
                    .findAllWithPeople(wanted.subList(from, Math.min(wanted.size(), from + CHUNK)))
                    .forEach(engagement -> found.put(engagement.getId(), engagement));
        }
        return found;
    }

    private static final int CHUNK = 1_000;

    /** The engagements a leader leads, active ones first, then by start (newest first). */
    public List<Engagement> ledBy(Long leaderId, Pageable first) {
        return engagements.ledBy(leaderId, first);
    }

    /** The engagements in which this person is the client, oldest first. */
    public List<Long> idsWithClient(Long clientId) {
        return engagements.idsWithClient(clientId);
    }

    /**
     * Every engagement this person takes part in, as client, coach or leader, closed ones too, with client, leader and
     * coach loaded, in one statement: a person's schedule and calendar feed. (Who is which is on each engagement.)
     */
    public List<Engagement> withParticipant(Long userId) {
        return engagements.withParticipant(userId);
    }

    /** The engagement, locked until the transaction ends (HR erasing its personal content). */
    public Optional<Engagement> lockById(Long id) {
        return engagements.lockById(id);
    }

    /** The engagement's phase moves, oldest first, with who made each (the timeline). */
    public List<PhaseChange> phaseHistoryOf(Long engagementId) {
        return phaseChanges.historyOf(engagementId);
    }
}

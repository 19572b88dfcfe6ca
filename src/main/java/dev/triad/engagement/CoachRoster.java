package dev.triad.engagement;

import dev.triad.account.CoachProfile;
import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The coaches HR can assign, with their load, and the assignment itself. */
@Service
public class CoachRoster {

    private final People users;
    private final AuditTrail audit;
    private final Engagements engagements;
    private final CoachAssignments assignments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CoachRoster(
            People users,
            Engagements engagements,
            CoachAssignments assignments,
            Clock clock,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.audit = audit;
        this.users = users;
        this.engagements = engagements;
        this.assignments = assignments;
        this.clock = clock;
        this.events = events;
    }

    /** One coach as the roster shows them. */
    public record RosterEntry(User coach, List<String> specialities, List<String> languages, int capacity, long load) {

        public long capacityLeft() {
            return Math.max(0, capacity - load);
        }

        public boolean isFull() {
            return load >= capacity;
        }
    }

    @Transactional(readOnly = true)
    public List<RosterEntry> roster() {
        List<User> coaches = users.findActiveWithRole(Role.COACH);
        Map<Long, CoachProfile> byCoach = users
                .coachProfiles(coaches.stream().map(User::getId).toList())
                .stream()
                .collect(Collectors.toMap(CoachProfile::getUserId, Function.identity()));
        Map<Long, Long> load = new HashMap<>();
        for (Object[] row : engagements.activeLoadPerCoach()) {
            load.put((Long) row[0], (Long) row[1]);
        }
        return coaches.stream()
                .map(coach -> {
                    CoachProfile profile = byCoach.get(coach.getId());
                    return new RosterEntry(
                            coach,
                            profile == null ? List.of() : profile.specialityList(),
                            profile == null ? List.of() : profile.languageList(),
                            profile == null ? 0 : profile.getCapacity(),
                            load.getOrDefault(coach.getId(), 0L));
                })
                .toList();
    }

    /**
     * Makes {@code coachId} the coach of the engagement. A coach at capacity needs {@code overrideCapacity};
     * replacing a coach needs a reason. The previous assignment is ended and kept.
     */
    @Transactional
    public Assigned assign(Long engagementId, Long coachId, boolean overrideCapacity, String reason, CurrentUser by) {
        Engagement engagement =
                engagements.findWithPeople(engagementId).orElseThrow(() -> new NotFoundException("Engagement"));
        RosterEntry entry = roster().stream()
                .filter(e -> e.coach().getId().equals(coachId))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("coach", "engagement.coach.notOnRoster"));
        boolean reassigning = engagement.getCoach() != null;
        if (reassigning && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason", "engagement.coach.reason.missing");
        }
        if (entry.isFull() && !overrideCapacity) {
            throw new RuleViolation(
                    "overrideCapacity",
                    "engagement.coach.atCapacity",
                    entry.coach().getFullName(),
                    entry.load(),
                    entry.capacity());
        }
        Instant now = clock.instant();
        Long previousCoachId = reassigning ? engagement.getCoach().getId() : null;
        // The engagement refuses first (closed, same coach), before the current assignment is ended.
        CoachAssignment assignment =
                engagement.assignCoach(entry.coach(), users.getReferenceById(by.id()), now, reason, entry.isFull());
        assignments.currentOf(engagementId).ifPresent(current -> current.end(now));
        assignments.save(assignment);
        audit.recordFrom(
                reassigning ? AuditKind.COACH_REASSIGNED : AuditKind.COACH_ASSIGNED,
                by.email(),
                "engagement " + engagementId,
                "coach " + entry.coach().getEmail() + (entry.isFull() ? ", over capacity" : "")
                        + (reassigning ? "; the reason is in the assignment history" : ""),
                null);
        events.publishEvent(new CoachAssigned(engagementId, coachId, previousCoachId, by.id(), now));
        return new Assigned(entry.coach().getFullName(), reassigning);
    }

    /** Who coaches the engagement now, and whether they replaced another coach (a change) or were its first. */
    public record Assigned(String coachName, boolean changed) {}
}

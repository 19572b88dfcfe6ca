package dev.triad.reflection;

import dev.triad.account.CurrentUser;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.system.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's weekly reflection journal. The client ({@link EngagementContent#REFLECTIONS}) writes,
 * edits, reads and shares entries; the coach ({@link EngagementContent#SHARED_REFLECTIONS}) reads only
 * the entries the client shares, and is told a private entry does not exist. The leader and HR are
 * refused (403) by the access policy.
 */
@Service
public class Journal {

    /** How many weeks back the "new reflection" page offers; older weeks can still be written. */
    static final int WEEKS_OFFERED = 104;

    private final Reflections reflections;
    private final AuditTrail audit;
    private final EngagementAccessPolicy policy;
    private final Weeks weeks;
    private final Clock clock;

    Journal(Reflections reflections, EngagementAccessPolicy policy, Weeks weeks, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.reflections = reflections;
        this.policy = policy;
        this.weeks = weeks;
        this.clock = clock;
    }

    /**
     * The journal as the viewer may see it: every entry for the client, the shared ones for the coach.
     *
     * @param thisWeeksEntry the client's entry for this week, if written (always null for the coach)
     * @param opensOn        the Monday of the engagement's first week: the journal takes no entry before it
     */
    public record JournalPage(
            EngagementAccess access,
            List<Reflection> entries,
            LocalDate thisWeek,
            Reflection thisWeeksEntry,
            LocalDate opensOn) {

        public boolean writer() {
            return access.may(EngagementContent.REFLECTIONS);
        }

        public boolean open() {
            return !opensOn.isAfter(thisWeek);
        }

        /** The client has not yet written this week's entry and may. */
        public boolean thisWeekMissing() {
            return writer() && open() && thisWeeksEntry == null;
        }

        public String thisWeekLabel() {
            return Weeks.label(thisWeek);
        }

        public String opensOnLabel() {
            return Weeks.day(opensOn);
        }

        /** The latest week before this one that has no entry yet, or null: where "an earlier week" starts. */
        public LocalDate earlierOpenWeek() {
            Set<LocalDate> written = entries.stream().map(Reflection::getWeekOf).collect(Collectors.toSet());
            for (LocalDate week = thisWeek.minusWeeks(1); !week.isBefore(opensOn); week = week.minusWeeks(1)) {
                if (!written.contains(week)) {
                    return week;
                }
            }
            return null;
        }
    }

    /** One entry, as the viewer may see it. */
    public record EntryPage(EngagementAccess access, Reflection entry) {
        public boolean writer() {
            return access.may(EngagementContent.REFLECTIONS);
        }
    }

    /** A week the client may write for: {@code label} names it. */
    public record WeekOption(LocalDate monday, String label) {}

    /**
     * What the "new reflection" page needs.
     *
     * @param openWeeks weeks without an entry, newest first, from this week back to the engagement's first
     * @param requestedWeek the Monday of the week asked for (this week when none was)
     * @param existing  the entry already written for the requested week, if any
     */
    public record Writing(
            EngagementAccess access,
            List<WeekOption> openWeeks,
            LocalDate thisWeek,
            LocalDate requestedWeek,
            Reflection existing) {}

    @Transactional(readOnly = true)
    public JournalPage journal(Long engagementId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.SHARED_REFLECTIONS);
        LocalDate thisWeek = weeks.thisWeekOf(access.engagement().getClient()); // the client's week, for the coach too
        LocalDate opensOn = Weeks.mondayOf(access.engagement().getStartsOn());
        if (access.may(EngagementContent.REFLECTIONS)) {
            List<Reflection> entries = reflections.findByEngagementIdOrderByWeekOfDesc(engagementId);
            Reflection current = entries.stream()
                    .filter(r -> r.getWeekOf().equals(thisWeek))
                    .findFirst()
                    .orElse(null);
            return new JournalPage(access, entries, thisWeek, current, opensOn);
        }
        return new JournalPage(
                access,
                reflections.findByEngagementIdAndSharedWithCoachTrueOrderByWeekOfDesc(engagementId),
                thisWeek,
                null,
                opensOn);
    }

    /** One entry; a private one is "not found" for anyone but the client. */
    @Transactional(readOnly = true)
    public EntryPage entry(Long engagementId, Long entryId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.SHARED_REFLECTIONS);
        Reflection entry = find(engagementId, entryId);
        if (!access.may(EngagementContent.REFLECTIONS) && !entry.isSharedWithCoach()) {
            throw new NotFoundException("Reflection");
        }
        return new EntryPage(access, entry);
    }

    /** The client's entry, to edit it. */
    @Transactional(readOnly = true)
    public EntryPage ownEntry(Long engagementId, Long entryId, CurrentUser client) {
        EngagementAccess access = policy.require(engagementId, client, EngagementContent.REFLECTIONS);
        return new EntryPage(access, find(engagementId, entryId));
    }

    /** What the client needs to write a new entry for the week of {@code requestedWeek} (this week when null). */
    @Transactional(readOnly = true)
    public Writing writing(Long engagementId, CurrentUser client, LocalDate requestedWeek) {
        EngagementAccess access = policy.require(engagementId, client, EngagementContent.REFLECTIONS);
        LocalDate thisWeek = weeks.thisWeekOf(access.engagement().getClient());
        List<Reflection> written = reflections.findByEngagementIdOrderByWeekOfDesc(engagementId);
        Set<LocalDate> writtenWeeks =
                written.stream().map(Reflection::getWeekOf).collect(Collectors.toSet());
        LocalDate firstWeek = Weeks.mondayOf(access.engagement().getStartsOn());
        List<WeekOption> open = new ArrayList<>();
        for (LocalDate week = thisWeek;
                !week.isBefore(firstWeek) && open.size() < WEEKS_OFFERED;
                week = week.minusWeeks(1)) {
            if (!writtenWeeks.contains(week)) {
                open.add(new WeekOption(week, Weeks.label(week)));
            }
        }
        LocalDate requested = requestedWeek == null ? thisWeek : Weeks.mondayOf(requestedWeek);
        Reflection existing = written.stream()
                .filter(r -> r.getWeekOf().equals(requested))
                .findFirst()
                .orElse(null);
        return new Writing(access, open, thisWeek, requested, existing);
    }

    /**
     * The client writes the reflection for the week containing {@code week}.
     *
     * @throws AlreadyWritten when that week has an entry already
     */
    @Transactional
    public Reflection write(Long engagementId, CurrentUser client, LocalDate week, ReflectionText text, boolean share) {
        EngagementAccess access = policy.require(engagementId, client, EngagementAction.WRITE_JOURNAL_ENTRY);
        Engagement engagement = access.engagement();
        Reflection reflection = Reflection.forWeek(
                engagement, week, weeks.thisWeekOf(engagement.getClient()), text, share, clock.instant());
        reflections
                .findByEngagementIdAndWeekOf(engagementId, reflection.getWeekOf())
                .ifPresent(existing -> {
                    throw new AlreadyWritten(existing.getId(), existing.weekPhrase());
                });
        try {
            Reflection saved = reflections.saveAndFlush(reflection);
            if (share) {
                audit.record(
                        AuditKind.SHARED,
                        client.email(),
                        "reflection " + saved.getId() + " of engagement " + engagementId,
                        "with the coach, when written");
            }
            return saved;
        } catch (DataIntegrityViolationException raced) {
            // Written at the same moment elsewhere (another window): the unique constraint kept it to one.
            throw new AlreadyWritten(null, reflection.weekPhrase());
        }
    }

    /**
     * The client rewrites an entry opened at {@code expectedVersion}.
     *
     * @throws OptimisticLockingFailureException when it was changed since (in another window)
     */
    @Transactional
    public Reflection rewrite(
            Long engagementId, Long entryId, CurrentUser client, ReflectionText text, Long expectedVersion) {
        policy.require(engagementId, client, EngagementAction.WRITE_JOURNAL_ENTRY);
        Reflection entry = find(engagementId, entryId);
        if (!Objects.equals(expectedVersion, entry.getVersion())) {
            throw new OptimisticLockingFailureException("Reflection " + entryId + " changed since it was opened");
        }
        entry.rewrite(text, clock.instant());
        return reflections.saveAndFlush(entry);
    }

    /** The client shares an entry with the coach, or takes it back. */
    @Transactional
    public Reflection share(Long engagementId, Long entryId, CurrentUser client, boolean shared) {
        policy.require(engagementId, client, EngagementAction.MAKE_JOURNAL_ENTRY_PRIVATE);
        Reflection entry = find(engagementId, entryId);
        if (shared && !entry.isSharedWithCoach()) {
            policy.require(engagementId, client, EngagementAction.SHARE_JOURNAL_ENTRY); // closed: only made private
        }
        if (entry.isSharedWithCoach() != shared) {
            audit.record(
                    shared ? AuditKind.SHARED : AuditKind.UNSHARED,
                    client.email(),
                    "reflection " + entryId + " of engagement " + engagementId,
                    "with the coach");
        }
        entry.shareWithCoach(shared);
        return reflections.saveAndFlush(entry);
    }

    private Reflection find(Long engagementId, Long entryId) {
        return reflections
                .findByIdAndEngagementId(entryId, engagementId)
                .orElseThrow(() -> new NotFoundException("Reflection"));
    }
}

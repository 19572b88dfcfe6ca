package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.programme.CoachingType;
import dev.triad.programme.Programme;
import dev.triad.programme.ProgrammeDirectory;
import dev.triad.programme.Timing;
import dev.triad.system.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creating engagements and reading them for lists and the overview page. */
@Service
public class EngagementService {

    private final Engagements engagements;
    private final People users;
    private final ProgrammeDirectory programmes;
    private final HoursEntries hoursEntries;
    private final CoachAssignments coachAssignments;
    private final EngagementAccessPolicy policy;
    private final Clock clock;

    EngagementService(
            Engagements engagements,
            People users,
            ProgrammeDirectory programmes,
            HoursEntries hoursEntries,
            CoachAssignments coachAssignments,
            EngagementAccessPolicy policy,
            Clock clock) {
        this.engagements = engagements;
        this.users = users;
        this.programmes = programmes;
        this.hoursEntries = hoursEntries;
        this.coachAssignments = coachAssignments;
        this.policy = policy;
        this.clock = clock;
    }

    /** What HR gives to open an engagement; type, timing and hours fall back to the programme's defaults. */
    public record NewEngagement(
            String clientEmail,
            String leaderEmail,
            Long programmeId,
            CoachingType coachingType,
            Timing timing,
            BigDecimal contractedHours,
            LocalDate startsOn,
            LocalDate plannedEndOn,
            String focus) {}

    @Transactional
    public Engagement create(NewEngagement request) {
        User client = person(request.clientEmail(), Role.CLIENT, "client", "client");
        User leader = person(request.leaderEmail(), Role.LEADER, "leader", "leader");
        Programme programme = programmes
                .findById(request.programmeId())
                .orElseThrow(() -> new RuleViolation("programmeId", "engagement.programme.missing"));
        Engagement engagement = new Engagement(
                client,
                leader,
                programme,
                request.coachingType() != null ? request.coachingType() : programme.getDefaultCoachingType(),
                request.timing() != null ? request.timing() : programme.getTiming(),
                request.contractedHours() != null ? request.contractedHours() : programme.getDefaultContractedHours(),
                request.startsOn(),
                request.plannedEndOn(),
                request.focus(),
                clock.instant());
        return engagements.save(engagement);
    }

    private User person(String email, Role role, String field, String what) {
        User user = users.findByEmail(User.normaliseEmail(email))
                .orElseThrow(() -> new RuleViolation(field, "engagement.person.unknown"));
        if (!user.isActive()) {
            throw new RuleViolation(field, "engagement.person.deactivated", user.getFullName());
        }
        if (!user.hasRole(role)) {
            throw new RuleViolation(field, "engagement.person.role.missing", user.getFullName(), what);
        }
        return user;
    }

    @Transactional(readOnly = true)
    public Page<EngagementRow> listForHr(EngagementFilter filter, Pageable pageable) {
        return rows(filter.toSpecification(), pageable);
    }

    @Transactional(readOnly = true)
    public Page<EngagementRow> listFor(CurrentUser me, Participation participation, Pageable pageable) {
        Specification<Engagement> spec = switch (participation) {
            case CLIENT -> EngagementFilter.withClient(me.id());
            case COACH -> EngagementFilter.withCoach(me.id());
            case LEADER -> EngagementFilter.withLeader(me.id());
            case HR -> throw new IllegalArgumentException("HR lists engagements through listForHr");
        };
        return rows(spec, pageable);
    }

    /** The viewer's engagements in one part, either those still open or those closed (the coach's home page keeps them apart). */
    @Transactional(readOnly = true)
    public Page<EngagementRow> listFor(CurrentUser me, Participation participation, boolean closed, Pageable pageable) {
        if (participation != Participation.COACH) {
            throw new IllegalArgumentException("Only the coach's list is kept apart by whether engagements are closed");
        }
        return rows(
                EngagementFilter.withCoach(me.id()).and(closed ? EngagementFilter.closed() : EngagementFilter.open()),
                pageable);
    }

    private Page<EngagementRow> rows(Specification<Engagement> spec, Pageable pageable) {
        Page<Engagement> page = engagements.findAll(spec, pageable);
        Map<Long, BigDecimal> used =
                usedHours(page.getContent().stream().map(Engagement::getId).toList());
        return page.map(e -> new EngagementRow(
                e, new HoursBalance(e.getContractedHours(), used.getOrDefault(e.getId(), BigDecimal.ZERO))));
    }

    private Map<Long, BigDecimal> usedHours(List<Long> ids) {
        Map<Long, BigDecimal> used = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : hoursEntries.usedPerEngagement(ids)) {
                used.put((Long) row[0], (BigDecimal) row[1]);
            }
        }
        return used;
    }

    @Transactional(readOnly = true)
    public EngagementOverview overview(Long engagementId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.FACTS);
        Engagement engagement = access.engagement();
        return new EngagementOverview(
                access, HoursBalance.of(engagement, hoursEntries), coachAssignments.historyOf(engagementId));
    }

    /**
     * Marks the engagement's personal content as erased, in the erasure's transaction once every module has erased its
     * own (the privacy module's HR erasure, which has locked it through {@link EngagementDirectory#lockById}).
     */
    @Transactional
    public void markErased(Long engagementId, LocalDate on) {
        engagements.findById(engagementId).orElseThrow().markErased(on);
    }
}

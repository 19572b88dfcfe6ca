package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.engagement.CoachChangeEvents.CoachChangeAnswered;
import dev.triad.engagement.CoachChangeEvents.CoachChangeDeclined;
import dev.triad.engagement.CoachChangeEvents.CoachChangeRequested;
import dev.triad.system.Days;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A client's request for a different coach: the client writes it on their engagement, HR reads it (the coach
 * never does) and answers by reassigning the coach through the usual assignment, which closes the request, or by
 * keeping the coach with an answer to the client.
 */
@Service
public class CoachChangeService {

    private final CoachChangeRequests requests;
    private final EngagementAccessPolicy policy;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    CoachChangeService(
            CoachChangeRequests requests,
            EngagementAccessPolicy policy,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.audit = audit;
        this.requests = requests;
        this.policy = policy;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** The client's request page: the engagement and the open request, if any. */
    public record RequestPage(EngagementAccess access, Optional<CoachChangeRequest> open) {}

    /** One open request as HR's list shows it. */
    public record OpenRequest(CoachChangeRequest request, Engagement engagement) {}

    @Transactional(readOnly = true)
    public RequestPage page(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.requireOffered(engagementId, me, EngagementAction.ASK_FOR_ANOTHER_COACH);
        return new RequestPage(access, requests.openOf(engagementId));
    }

    @Transactional
    public CoachChangeRequest request(Long engagementId, String reason, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.ASK_FOR_ANOTHER_COACH);
        Engagement engagement = access.engagement();
        if (!engagement.getPhase().isActive()) {
            throw new RuleViolation("reason", "evaluation.engagement.closed");
        }
        if (engagement.getCoach() == null) {
            throw new RuleViolation("reason", "evaluation.coachChange.noCoach");
        }
        Optional<CoachChangeRequest> open = requests.openOf(engagementId);
        if (open.isPresent()) {
            throw new RuleViolation(
                    "reason",
                    "evaluation.coachChange.pending",
                    Days.date(open.get().getRequestedAt().atZone(clock.getZone())));
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "evaluation.coachChange.reason.missing");
        }
        CoachChangeRequest request = requests.save(new CoachChangeRequest(
                engagementId, me.id(), engagement.getCoach().getId(), reason, clock.instant()));
        events.publishEvent(new CoachChangeRequested(engagementId, request.getId()));
        return request;
    }

    /**
     * HR reassigned the coach: the client's open request is answered. A first assignment answers nothing. Runs before
     * other listeners of the assignment, so that the client is told of the answer rather than of a mere change of coach.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    public void on(CoachAssigned event) {
        if (event.previousCoachId() != null) {
            requests.openOf(event.engagementId()).ifPresent(r -> {
                r.closeWith(event.coachId(), event.assignedById(), event.at());
                events.publishEvent(
                        new CoachChangeAnswered(event.engagementId(), r.getId(), event.coachId(), event.at()));
            });
        }
    }

    /** One request with its engagement's people, for HR's answer page; answered ones too, to say so. */
    @Transactional(readOnly = true)
    public OpenRequest forAnswer(Long requestId, CurrentUser me) {
        requireHr(me);
        CoachChangeRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("Request"));
        Engagement engagement = entityManager
                .createQuery("""
                        select e from Engagement e join fetch e.client join fetch e.leader left join fetch e.coach
                        join fetch e.programme where e.id = :id""", Engagement.class)
                .setParameter("id", request.getEngagementId())
                .getSingleResult();
        return new OpenRequest(request, engagement);
    }

    /**
     * HR keeps the coach and tells the client why: the request is closed with that answer, the client is told (the
     * coach, as ever, is not), and the client may ask again later.
     */
    @Transactional
    public CoachChangeRequest decline(Long requestId, String answer, CurrentUser me) {
        requireHr(me);
        CoachChangeRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("Request"));
        if (!request.isOpen()) {
            throw new RuleViolation("answer", "evaluation.coachChange.answered");
        }
        if (answer == null || answer.isBlank()) {
            throw new RuleViolation("answer", "evaluation.coachChange.answer.missing");
        }
        Instant now = clock.instant();
        request.decline(answer, me.id(), now);
        audit.recordFrom(
                AuditKind.COACH_CHANGE_DECLINED,
                me.email(),
                "engagement " + request.getEngagementId(),
                "the coach stays; the answer is on the request",
                null);
        events.publishEvent(new CoachChangeDeclined(request.getEngagementId(), request.getId(), now));
        return request;
    }

    /** HR's answer to the client's latest request, when HR kept the coach and nothing newer is open. */
    @Transactional(readOnly = true)
    public Optional<CoachChangeRequest> declinedAnswerOf(Long engagementId) {
        return requests.findByEngagementIdOrderByRequestedAtDesc(engagementId).stream()
                .findFirst()
                .filter(CoachChangeRequest::isDeclined);
    }

    private static void requireHr(CurrentUser me) {
        if (!me.isHr()) {
            throw new ForbiddenException("HR answers requests for another coach");
        }
    }

    /** Every open request with its engagement's people, for HR, in two queries. */
    @Transactional(readOnly = true)
    public List<OpenRequest> openRequests(CurrentUser me) {
        requireHr(me);
        List<CoachChangeRequest> open = requests.findByClosedAtIsNullOrderByRequestedAt();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Engagement> engagements = entityManager
                .createQuery("""
                        select e from Engagement e join fetch e.client join fetch e.leader left join fetch e.coach
                        join fetch e.programme where e.id in :ids""", Engagement.class)
                .setParameter(
                        "ids",
                        open.stream().map(CoachChangeRequest::getEngagementId).toList())
                .getResultStream()
                .collect(Collectors.toMap(Engagement::getId, Function.identity()));
        return open.stream()
                .map(r -> new OpenRequest(r, engagements.get(r.getEngagementId())))
                .toList();
    }

    /** Every open request, for HR's home reminder: who asked, never why. */
    @Transactional(readOnly = true)
    public List<Pending> allOpen() {
        return requests.allOpen();
    }

    /** The engagement's open request, for the evaluation page, which has decided who may read it. */
    @Transactional(readOnly = true)
    public Optional<CoachChangeRequest> openOf(Long engagementId) {
        return requests.openOf(engagementId);
    }
}

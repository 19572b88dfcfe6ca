package dev.triad.impact;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.Pending;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * Impact measures agreed in alignment: the client and the coach record and update them; the leader reads
 * them with the rest of the alignment; HR sees them only in the programme's aggregate.
 */
@Service
public class ImpactMeasureService {

    private final ImpactMeasures measures;
    private final EngagementAccessPolicy policy;
    private final Clock clock;

    ImpactMeasureService(ImpactMeasures measures, EngagementAccessPolicy policy, Clock clock) {
        this.measures = measures;
        this.policy = policy;
        this.clock = clock;
    }

    /** A measure as written on the form. */
    public record MeasureDetails(String name, String unit, BigDecimal before, BigDecimal after) {}

    /** The measure form: the engagement, and the measure when editing one. */
    public record MeasureEditor(EngagementAccess access, ImpactMeasure measure) {}

    @Transactional(readOnly = true)
    public MeasureEditor editor(Long engagementId, Long measureId, CurrentUser me) {
        EngagementAccess access = policy.requireOffered(engagementId, me, EngagementAction.RECORD_IMPACT_MEASURE);
        if (!access.engagement().getPhase().isActive()) {
            throw new ForbiddenException("This engagement is closed");
        }
        return new MeasureEditor(access, measureId == null ? null : find(engagementId, measureId));
    }

    @Transactional
    public ImpactMeasure add(Long engagementId, MeasureDetails details, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.RECORD_IMPACT_MEASURE);
        requireFreeName(engagementId, details.name(), -1L);
        return measures.save(new ImpactMeasure(
                engagementId,
                details.name(),
                details.unit(),
                details.before(),
                details.after(),
                me.id(),
                clock.instant()));
    }

    /**
     * @throws StaleEdit when someone else saved the measure since {@code version}
     */
    @Transactional
    public ImpactMeasure update(
            Long engagementId, Long measureId, long version, MeasureDetails details, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.RECORD_IMPACT_MEASURE);
        ImpactMeasure measure = find(engagementId, measureId);
        StaleEdit.check(ImpactMeasure.class, measureId, version, measure.getVersion());
        requireFreeName(engagementId, details.name(), measureId);
        measure.change(details.name(), details.unit(), details.before(), details.after(), me.id(), clock.instant());
        return measure;
    }

    @Transactional
    public void remove(Long engagementId, Long measureId, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.RECORD_IMPACT_MEASURE);
        measures.delete(find(engagementId, measureId));
    }

    private void requireFreeName(Long engagementId, String name, Long exceptId) {
        if (name != null && measures.nameTaken(engagementId, name.strip(), exceptId)) {
            throw new RuleViolation("name", "evaluation.impactMeasure.name.taken");
        }
    }

    private ImpactMeasure find(Long engagementId, Long measureId) {
        return measures.findByIdAndEngagementId(measureId, engagementId)
                .orElseThrow(() -> new NotFoundException("Impact measure"));
    }

    /** The engagement's measures, for the evaluation page, which has decided who may read them. */
    @Transactional(readOnly = true)
    public List<ImpactMeasure> of(Long engagementId) {
        return measures.findByEngagementIdOrderById(engagementId);
    }

    /** The coach's engagements in a proactive programme, past intake, still without impact measures (home reminder). */
    @Transactional(readOnly = true)
    public List<Pending> missingForCoach(Long coachId) {
        return measures.missingForCoach(coachId);
    }
}

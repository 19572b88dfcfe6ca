package dev.triad.assessment;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.assessment.AccessLogEntry.ReaderRole;
import dev.triad.assessment.AssessmentEvents.AssessmentShared;
import dev.triad.assessment.AssessmentEvents.AssessmentWithdrawn;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Assessments of an engagement. Client and coach record and read them; the leader reads only what the
 * client shares, and only as much as shared; HR learns only that they exist. Every read of their content
 * by someone other than the client is written to the access log in the same transaction.
 */
@Service
public class AssessmentService {

    private final Assessments assessments;
    private final AuditTrail audit;
    private final AssessmentScores scores;
    private final AssessmentFiles files;
    private final AssessmentFileContents contents;
    private final AccessLog accessLog;
    private final AssessmentFeedback feedback;
    private final People users;
    private final EngagementAccessPolicy policy;
    private final AssessmentTime time;
    private final ApplicationEventPublisher events;

    AssessmentService(
            Assessments assessments,
            AssessmentScores scores,
            AssessmentFiles files,
            AssessmentFileContents contents,
            AccessLog accessLog,
            AssessmentFeedback feedback,
            People users,
            EngagementAccessPolicy policy,
            AssessmentTime time,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.audit = audit;
        this.assessments = assessments;
        this.scores = scores;
        this.files = files;
        this.contents = contents;
        this.accessLog = accessLog;
        this.feedback = feedback;
        this.users = users;
        this.policy = policy;
        this.time = time;
    }

    /**
     * The assessments the client has shared with the leader, for the alignment meeting's "client background and
     * assessments" item: only what the leader may see, for every participant alike, and no content (nothing to log).
     */
    @Transactional(readOnly = true)
    public List<SharedAssessment> sharedWithLeader(EngagementAccess access) {
        if (!access.may(EngagementContent.SHARED_ASSESSMENTS)) {
            return List.of();
        }
        Long engagementId = access.engagement().getId();
        return assessments.sharedOf(engagementId).stream()
                .map(a -> new SharedAssessment(engagementId, a.getId(), a.getKind(), a.getAssessedOn(), a.getSharing()))
                .toList();
    }

    /** The assessments page. Its reads of content are logged (one entry per assessment shown). */
    @Transactional
    public AssessmentOverview overview(Long engagementId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.FACTS);
        if (!access.may(EngagementContent.SHARED_ASSESSMENTS)) {
            return new AssessmentOverview(access, List.of(), assessments.factsOf(engagementId));
        }
        boolean all = access.may(EngagementContent.ASSESSMENTS);
        List<Assessment> visible = all ? assessments.allOf(engagementId) : assessments.sharedOf(engagementId);
        List<Long> wholeIds = visible.stream()
                .filter(a -> all || a.isSharedWhole())
                .map(Assessment::getId)
                .toList();
        Map<Long, List<AssessmentScore>> scoresOf = wholeIds.isEmpty()
                ? Map.of()
                : scores.ofAssessments(engagementId, wholeIds).stream()
                        .collect(Collectors.groupingBy(AssessmentScore::getAssessmentId));
        Map<Long, Long> fileCounts = wholeIds.isEmpty()
                ? Map.of()
                : files.ofAssessments(engagementId, wholeIds).stream()
                        .collect(Collectors.groupingBy(AssessmentFile::getAssessmentId, Collectors.counting()));
        Map<Long, FeedbackStatus> feedback =
                wholeIds.isEmpty() ? Map.of() : this.feedback.statusesOf(engagementId, wholeIds);
        List<AssessmentCard> cards = visible.stream()
                .map(a -> {
                    boolean whole = wholeIds.contains(a.getId());
                    return new AssessmentCard(
                            a,
                            whole,
                            whole ? scoresOf.getOrDefault(a.getId(), List.of()) : List.of(),
                            whole ? fileCounts.getOrDefault(a.getId(), 0L).intValue() : 0,
                            whole ? feedback.get(a.getId()) : null);
                })
                .toList();
        log(access, viewer, visible.stream().map(Assessment::getId).toList(), AccessKind.OVERVIEW, null);
        return new AssessmentOverview(access, cards, List.of());
    }

    /** The assessment page; a leader asking for one not shared with them is told it does not exist. */
    @Transactional
    public AssessmentPage page(Long engagementId, Long assessmentId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.SHARED_ASSESSMENTS);
        Assessment assessment = visible(access, assessmentId);
        boolean whole = seesWhole(access, assessment);
        List<AssessmentScore> shownScores = whole ? scores.ofAssessment(engagementId, assessmentId) : List.of();
        List<AssessmentFile> shownFiles = whole ? files.ofAssessment(engagementId, assessmentId) : List.of();
        FeedbackStatus feedback =
                whole ? this.feedback.statusOf(engagementId, assessmentId).orElse(null) : null;
        log(access, viewer, List.of(assessmentId), AccessKind.ASSESSMENT, null);
        return new AssessmentPage(access, assessment, whole, shownScores, shownFiles, feedback);
    }

    @Transactional(readOnly = true)
    public AssessmentEditor forNew(Long engagementId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.ASSESSMENTS);
        return new AssessmentEditor(access, null, false, List.of());
    }

    @Transactional
    public Assessment create(Long engagementId, AssessmentDetails details, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_ASSESSMENT);
        requireActive(access, "kind");
        return assessments.save(
                new Assessment(engagementId, details, users.getReferenceById(by.id()), time.now(), time.today()));
    }

    /**
     * The 360-review assessment that is to hold a new feedback request's results, for the feedback module, which has
     * checked the request: dated today, titled {@code title}, and nothing else said of it yet.
     */
    @Transactional
    public Assessment createReview360(EngagementAccess access, String title, CurrentUser by) {
        if (!access.may(EngagementContent.ASSESSMENTS)) {
            throw new ForbiddenException("Only client and coach record assessments");
        }
        LocalDate today = time.today();
        Instant now = time.now();
        return assessments.save(new Assessment(
                access.engagement().getId(),
                new AssessmentDetails(AssessmentKind.REVIEW_360, title, today, null, null, null),
                users.getReferenceById(by.id()),
                now,
                today));
    }

    /** The edit form shows the content, so opening it is a read like any other. */
    @Transactional
    public AssessmentEditor forEdit(Long engagementId, Long assessmentId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.ASSESSMENTS);
        Assessment assessment = visible(access, assessmentId);
        log(access, viewer, List.of(assessmentId), AccessKind.ASSESSMENT, null);
        return new AssessmentEditor(
                access,
                assessment,
                feedback.holdsRequest(assessmentId),
                scores.ofAssessment(engagementId, assessmentId));
    }

    /**
     * Saves an edit made on {@code version} of the assessment.
     *
     * @throws StaleEdit when someone else saved it since
     */
    @Transactional
    public Assessment update(
            Long engagementId, Long assessmentId, long version, AssessmentDetails details, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_ASSESSMENT);
        Assessment assessment = visible(access, assessmentId);
        StaleEdit.check(Assessment.class, assessmentId, version, assessment.getVersion());
        if (details.kind() != AssessmentKind.REVIEW_360 && feedback.holdsRequest(assessmentId)) {
            throw new RuleViolation("kind", "assessment.assessment.kind.holds360");
        }
        assessment.describe(details, time.now(), time.today());
        return assessment;
    }

    /** Replaces all scores of the assessment with these, in this order. */
    @Transactional
    public void replaceScores(Long engagementId, Long assessmentId, List<ScoreLine> lines, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_ASSESSMENT);
        replace(engagementId, visible(access, assessmentId), lines);
    }

    /**
     * Replaces the scores as they were when the form was opened on {@code version} of the assessment.
     *
     * @throws StaleEdit when someone else saved the assessment or its scores since
     */
    @Transactional
    public void replaceScores(
            Long engagementId, Long assessmentId, Long version, List<ScoreLine> lines, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_ASSESSMENT);
        Assessment assessment = visible(access, assessmentId);
        StaleEdit.check(Assessment.class, assessmentId, version, assessment.getVersion());
        replace(engagementId, assessment, lines);
        // the scores are part of the assessment: a change to them makes any other open scores form stale
        assessment.scoresReplaced(time.now());
    }

    private void replace(Long engagementId, Assessment assessment, List<ScoreLine> lines) {
        Long assessmentId = assessment.getId();
        if (lines.size() > ScoreLine.MAX_SCORES) {
            throw new RuleViolation("scores", "assessment.scores.tooMany", ScoreLine.MAX_SCORES);
        }
        scores.deleteOf(engagementId, assessmentId);
        scores.flush();
        for (int i = 0; i < lines.size(); i++) {
            scores.save(new AssessmentScore(assessment, i, lines.get(i)));
        }
    }

    /**
     * Attaches a report file. Its type is read from its first bytes: only PDF, PNG and JPEG are taken,
     * whatever the browser says the file is.
     */
    @Transactional
    public AssessmentFile attach(
            Long engagementId, Long assessmentId, String originalName, byte[] content, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_ASSESSMENT);
        Assessment assessment = visible(access, assessmentId);
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "assessment.file.missing");
        }
        if (content.length > AssessmentFile.MAX_BYTES) {
            throw new RuleViolation("file", "assessment.file.tooLarge");
        }
        ReportFileType type = ReportFileType.detect(content)
                .orElseThrow(() -> new RuleViolation("file", "assessment.file.type.unsupported"));
        String name = ReportFileName.of(originalName, type);
        if (files.countByAssessmentId(assessmentId) >= AssessmentFile.MAX_FILES_PER_ASSESSMENT) {
            throw new RuleViolation("file", "assessment.file.tooMany", AssessmentFile.MAX_FILES_PER_ASSESSMENT);
        }
        AssessmentFile file = files.saveAndFlush(new AssessmentFile(
                assessment, name, type, content.length, users.getReferenceById(by.id()), time.now()));
        contents.save(new AssessmentFileContent(file.getId(), content));
        return file;
    }

    /** A report file's bytes, for those who may see the whole assessment; the download is logged. */
    @Transactional
    public FileDownload download(Long engagementId, Long assessmentId, Long fileId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.SHARED_ASSESSMENTS);
        Assessment assessment = visible(access, assessmentId);
        if (!seesWhole(access, assessment)) {
            throw new NotFoundException("File");
        }
        AssessmentFile file = files.findByIdAndAssessmentIdAndEngagementId(fileId, assessmentId, engagementId)
                .orElseThrow(() -> new NotFoundException("File"));
        byte[] content = contents.findById(fileId)
                .orElseThrow(() -> new NotFoundException("File"))
                .getContent();
        log(access, viewer, List.of(assessmentId), AccessKind.FILE, file.getFilename());
        return new FileDownload(file.getFilename(), file.getContentType(), content);
    }

    @Transactional
    public void removeFile(Long engagementId, Long assessmentId, Long fileId, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_ASSESSMENT);
        visible(access, assessmentId);
        AssessmentFile file = files.findByIdAndAssessmentIdAndEngagementId(fileId, assessmentId, engagementId)
                .orElseThrow(() -> new NotFoundException("File"));
        files.delete(file);
    }

    /** The confirmation step before the client withdraws a share: the assessment as the client sees it, for the client alone. */
    @Transactional(readOnly = true)
    public AssessmentPage sharingToWithdraw(Long engagementId, Long assessmentId, CurrentUser by) {
        EngagementAccess access = policy.requireOffered(engagementId, by, EngagementAction.WITHDRAW_ASSESSMENT_SHARE);
        return new AssessmentPage(access, visible(access, assessmentId), true, List.of(), List.of(), null);
    }

    /** The client shares the assessment with the leader (whole or summary) or withdraws the share; the leader's view changes at once. */
    @Transactional
    public Assessment share(Long engagementId, Long assessmentId, Sharing sharing, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WITHDRAW_ASSESSMENT_SHARE);
        Assessment assessment = visible(access, assessmentId);
        Sharing before = assessment.getSharing();
        if (sharing.widens(before)) {
            policy.require(
                    engagementId,
                    by,
                    EngagementAction.SHARE_ASSESSMENT); // a closed engagement's shares can only be taken back
        }
        assessment.share(sharing, time.now());
        if (before != sharing) {
            audit.record(
                    sharing == Sharing.NONE ? AuditKind.UNSHARED : AuditKind.SHARED,
                    by.email(),
                    "assessment " + assessmentId + " of engagement " + engagementId,
                    sharing == Sharing.NONE
                            ? "with the leader"
                            : "with the leader: " + sharing.name().toLowerCase(java.util.Locale.ROOT));
            events.publishEvent(
                    sharing.isShared()
                            ? new AssessmentShared(engagementId, assessmentId)
                            : new AssessmentWithdrawn(engagementId, assessmentId));
        }
        return assessment;
    }

    /** "Who has seen my data": for the client alone. */
    @Transactional(readOnly = true)
    public AccessLogPage accessLog(Long engagementId, CurrentUser viewer, Pageable pageable) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.ASSESSMENTS);
        if (!access.isClient()) {
            throw new ForbiddenException("Only the client sees who has read their assessments");
        }
        return new AccessLogPage(access, accessLog.ofEngagement(engagementId, pageable));
    }

    /** The assessment under its own engagement, if the viewer may see it: the leader only shared ones. */
    public Assessment visible(EngagementAccess access, Long assessmentId) {
        Assessment assessment = assessments
                .findByIdAndEngagementId(assessmentId, access.engagement().getId())
                .orElseThrow(() -> new NotFoundException("Assessment"));
        if (!access.may(EngagementContent.ASSESSMENTS) && !assessment.isSharedWithLeader()) {
            throw new NotFoundException("Assessment");
        }
        return assessment;
    }

    /** Client and coach see all of it; the leader all of it only when the client shares it whole. */
    public boolean seesWhole(EngagementAccess access, Assessment assessment) {
        return access.may(EngagementContent.ASSESSMENTS) || assessment.isSharedWhole();
    }

    public void requireActive(EngagementAccess access, String field) {
        if (!access.engagement().getPhase().isActive()) {
            throw new RuleViolation(field, "assessment.engagement.closed");
        }
    }

    /** Writes who read what, unless the reader is the client: the client's own reads are not logged. */
    public void log(
            EngagementAccess access, CurrentUser viewer, List<Long> assessmentIds, AccessKind what, String detail) {
        ReaderRole role = readerRole(access);
        if (role == null || assessmentIds.isEmpty()) {
            return;
        }
        accessLog.record(
                access.engagement().getId(), assessmentIds, viewer.id(), role.name(), what.name(), detail, time.now());
    }

    private static ReaderRole readerRole(EngagementAccess access) {
        if (access.isClient()) {
            return null;
        }
        if (access.isCoach()) {
            return ReaderRole.COACH;
        }
        if (access.isLeader()) {
            return ReaderRole.LEADER;
        }
        return null;
    }
}

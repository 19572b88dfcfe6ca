package dev.triad.alignment;

import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The client's report of progress to the leader: what I committed to, what I did, what I saw, what is next. A draft
 * only the client sees until they send it; once sent it is read-only, and the leader's first opening marks it read.
 */
@Entity
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long authorId;

    private String committed;

    private String done;

    private String observed;

    private String nextSteps;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant sentAt;

    private Instant readAt;

    @Version
    private long version;

    protected ProgressReport() {}

    ProgressReport(Long engagementId, Long authorId, ReportText text, Instant now) {
        this.engagementId = engagementId;
        this.authorId = authorId;
        this.status = ReportStatus.DRAFT;
        this.createdAt = now;
        write(text, now);
        if (committed == null && done == null && observed == null && nextSteps == null) {
            throw new RuleViolation("committed", "alignment.report.draft.empty");
        }
    }

    /** Rewrites the draft; a sent report is read-only. */
    void write(ReportText text, Instant at) {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolation("committed", "alignment.report.sent.readOnly");
        }
        this.committed = Texts.clean(text.committed());
        this.done = Texts.clean(text.done());
        this.observed = Texts.clean(text.observed());
        this.nextSteps = Texts.clean(text.nextSteps());
        this.updatedAt = at;
    }

    /** Sends the report to the leader: every part must be written. */
    void send(Instant at) {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolation("committed", "alignment.report.sent.already");
        }
        if (committed == null) {
            throw new RuleViolation("committed", "alignment.report.committed.missing");
        }
        if (done == null) {
            throw new RuleViolation("done", "alignment.report.done.missing");
        }
        if (observed == null) {
            throw new RuleViolation("observed", "alignment.report.observed.missing");
        }
        if (nextSteps == null) {
            throw new RuleViolation("nextSteps", "alignment.report.nextSteps.missing");
        }
        this.status = ReportStatus.SENT;
        this.sentAt = at;
    }

    /** The leader opened it: the first time marks it read. */
    void openedByLeader(Instant at) {
        if (status == ReportStatus.SENT && readAt == null) {
            this.readAt = at;
        }
    }

    public boolean isDraft() {
        return status == ReportStatus.DRAFT;
    }

    public boolean isSent() {
        return status == ReportStatus.SENT;
    }

    public boolean isUnread() {
        return isSent() && readAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getCommitted() {
        return committed;
    }

    public String getDone() {
        return done;
    }

    public String getObserved() {
        return observed;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public long getVersion() {
        return version;
    }
}

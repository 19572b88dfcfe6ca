package dev.triad.assessment;

import dev.triad.account.User;
import dev.triad.system.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One assessment of the client: its kind, date, summary, strengths, development areas and what the
 * leader sees of it. Scores and files are kept beside it; a 360 review prepared in Triad also has a
 * {@link dev.triad.feedback.FeedbackRequest}.
 */
@Entity
public class Assessment {

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    @Enumerated(EnumType.STRING)
    private AssessmentKind kind;

    private String title;

    private LocalDate assessedOn;

    private String summary;

    private String strengths;

    private String developmentAreas;

    /**
     * The client's sharing is its own one-click choice, never part of the edit form, so changing it does not count as
     * a new version: an edit opened before the client shared (by the coach, say) still saves, and keeps the sharing.
     */
    @Enumerated(EnumType.STRING)
    @OptimisticLock(excluded = true)
    private Sharing sharing;

    @OptimisticLock(excluded = true)
    private Instant sharedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Assessment() {}

    Assessment(Long engagementId, AssessmentDetails details, User createdBy, Instant now, LocalDate today) {
        this.engagementId = engagementId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.sharing = Sharing.NONE;
        describe(details, now, today);
    }

    /** Replaces what the assessment says. The date cannot be in the future. */
    void describe(AssessmentDetails details, Instant now, LocalDate today) {
        if (details.kind() == null) {
            throw new RuleViolation("kind", "assessment.assessment.kind.missing");
        }
        if (isBlank(details.title())) {
            throw new RuleViolation("title", "assessment.assessment.title.missing");
        }
        if (details.assessedOn() == null) {
            throw new RuleViolation("assessedOn", "assessment.assessment.assessedOn.missing");
        }
        if (details.assessedOn().isAfter(today)) {
            throw new RuleViolation("assessedOn", "assessment.assessment.assessedOn.future");
        }
        if (details.assessedOn().isBefore(EARLIEST)) {
            throw new RuleViolation("assessedOn", "assessment.assessment.assessedOn.tooEarly");
        }
        this.kind = details.kind();
        this.title = details.title().strip();
        this.assessedOn = details.assessedOn();
        this.summary = blankToNull(details.summary());
        this.strengths = blankToNull(details.strengths());
        this.developmentAreas = blankToNull(details.developmentAreas());
        this.updatedAt = now;
    }

    void scoresReplaced(Instant now) {
        this.updatedAt = now;
    }

    /** The client decides what the leader sees; {@link Sharing#NONE} withdraws any share at once. */
    void share(Sharing what, Instant now) {
        if (what == null) {
            throw new RuleViolation("sharing", "assessment.assessment.sharing.missing");
        }
        if (what != sharing) {
            this.sharing = what;
            this.sharedAt = what.isShared() ? now : null;
        }
    }

    public boolean isSharedWithLeader() {
        return sharing.isShared();
    }

    public boolean isSharedWhole() {
        return sharing == Sharing.WHOLE;
    }

    public List<String> getStrengthList() {
        return lines(strengths);
    }

    public List<String> getDevelopmentAreaList() {
        return lines(developmentAreas);
    }

    /** One item per non-empty line, without list markers people type ("- ", "* ", "• "). */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(line -> line.strip().replaceFirst("^[-*•]\\s*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getDevelopmentAreas() {
        return developmentAreas;
    }

    public Sharing getSharing() {
        return sharing;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}

package dev.triad.assessment;

import dev.triad.account.User;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.util.Locale;

/** A report file of an assessment (PDF or image): its name, type and size. The bytes are kept apart. */
@Entity
public class AssessmentFile {

    /** 5 MB: a report, not an archive. The servlet's multipart limits in application.properties match. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static final int MAX_FILES_PER_ASSESSMENT = 10;
    static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long assessmentId;

    private String filename;

    private String contentType;

    private int sizeBytes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User uploadedBy;

    private Instant uploadedAt;

    protected AssessmentFile() {}

    AssessmentFile(
            Assessment assessment, String filename, ReportFileType type, int sizeBytes, User uploadedBy, Instant now) {
        this.engagementId = assessment.getEngagementId();
        this.assessmentId = assessment.getId();
        this.filename = filename;
        this.contentType = type.contentType();
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public User getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** "240 KB", "1.3 MB". */
    public String getSizeText() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ENGLISH, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}

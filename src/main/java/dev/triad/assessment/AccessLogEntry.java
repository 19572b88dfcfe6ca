package dev.triad.assessment;

import dev.triad.account.User;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One read of assessment content by someone other than the client: who, in which part, what, when.
 * Written only by {@link AccessLog#record}; never changed or removed (the table refuses it too).
 */
@Entity
@Immutable
@Table(name = "assessment_access")
public class AccessLogEntry {

    /** The reader's part in the engagement when they read it. */
    public enum ReaderRole {
        COACH("coach"),
        LEADER("leader");

        private final String label;

        ReaderRole(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    private Long id;

    private Long engagementId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User reader;

    @Enumerated(EnumType.STRING)
    private ReaderRole readerRole;

    @Enumerated(EnumType.STRING)
    private AccessKind what;

    private String detail;

    private Instant readAt;

    protected AccessLogEntry() {}

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public User getReader() {
        return reader;
    }

    public ReaderRole getReaderRole() {
        return readerRole;
    }

    public AccessKind getWhat() {
        return what;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getReadAt() {
        return readAt;
    }
}

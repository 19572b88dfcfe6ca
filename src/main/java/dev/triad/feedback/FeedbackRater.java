package dev.triad.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Someone asked for feedback: name, email and group. They answer through a single-use link without an
 * account (the client answers as SELF inside Triad). Who answered is never shown per person.
 */
@Entity
public class FeedbackRater {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long requestId;

    private String name;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group")
    private RaterGroup group;

    private Instant invitedAt;

    private Instant remindedAt;

    private Instant draftSavedAt;

    private Instant submittedAt;

    @Version
    private long version;

    protected FeedbackRater() {}

    FeedbackRater(Long requestId, String name, String email, RaterGroup group, Instant now) {
        this.requestId = requestId;
        this.name = name;
        this.email = email;
        this.group = group;
        this.invitedAt = now;
    }

    public boolean hasSubmitted() {
        return submittedAt != null;
    }

    public boolean isSelf() {
        return group == RaterGroup.SELF;
    }

    void savedDraft(Instant now) {
        this.draftSavedAt = now;
    }

    void submitted(Instant now) {
        this.submittedAt = now;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public RaterGroup getGroup() {
        return group;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}

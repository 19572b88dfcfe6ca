package dev.triad.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The coach's private notes on a session: the coach alone may ever read them — not the client, the leader
 * or HR. Kept in a table of their own so that only {@link SessionService#privateNote} loads them.
 */
@Entity
@Table(name = "session_private_note")
public class PrivateNote {

    @Id
    private Long sessionId;

    private Long authorId;

    private String text;

    private Instant updatedAt;

    @Version
    private long version;

    protected PrivateNote() {}

    PrivateNote(Long sessionId, Long authorId, String text, Instant at) {
        this.sessionId = sessionId;
        this.authorId = authorId;
        this.text = text;
        this.updatedAt = at;
    }

    void rewrite(Long authorId, String text, Instant at) {
        this.authorId = authorId;
        this.text = text;
        this.updatedAt = at;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getText() {
        return text;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }
}

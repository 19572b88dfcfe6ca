package dev.triad.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of the audit log. Immutable here, and append-only in the database (a trigger refuses changes). */
@Entity
@Immutable
public class AuditEntry {

    static final int MAX_SUBJECT = 120;
    static final int MAX_DETAILS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    @Enumerated(EnumType.STRING)
    private AuditKind kind;

    private String actorEmail;

    private String subject;

    private String details;

    private String address;

    protected AuditEntry() {}

    AuditEntry(Instant at, AuditKind kind, String actorEmail, String subject, String details, String address) {
        this.at = at;
        this.kind = kind;
        this.actorEmail = cut(actorEmail, 254);
        this.subject = cut(subject, MAX_SUBJECT);
        this.details = cut(details, MAX_DETAILS);
        this.address = cut(address, 64);
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }

    public String getAddress() {
        return address;
    }
}

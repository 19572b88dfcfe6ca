package dev.triad.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An entry in a person's in-app notification list (the bell). */
@Entity
@Table(name = "app_notification")
public class AppNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String text;

    private String link;

    private Instant createdAt;

    private Instant readAt;

    protected AppNotification() {}

    AppNotification(Long userId, NotificationKind kind, String text, String link, Instant createdAt) {
        if (!isInternalPath(link)) {
            throw new IllegalArgumentException(
                    "An in-app notification links to a page of Triad: a path starting with one /");
        }
        this.userId = userId;
        this.kind = kind;
        this.text = text;
        this.link = link;
        this.createdAt = createdAt;
    }

    /** A path inside Triad, never another site: "/x" but not "//host" or "/\host" (open redirects). */
    static boolean isInternalPath(String link) {
        return link != null
                && link.startsWith("/")
                && !link.startsWith("//")
                && !link.startsWith("/\\")
                && link.length() <= 500
                && link.chars().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c));
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}

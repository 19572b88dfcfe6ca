package dev.triad.account;

import dev.triad.system.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person with an account. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String fullName;

    private String title;

    /** A password the person chooses is not an edit of their details: it must not make HR's open form stale. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private String passwordHash;

    private boolean active = true;

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private boolean mustChangePassword;

    private Instant createdAt;

    /** An IANA id; null: the organisation's default zone. */
    private String timeZone;

    /**
     * A coach's default video meeting link (https only); null: none. Saving it is not an edit HR's form could lose, so
     * it does not bump the version.
     */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private String meetingLink;

    /** When the person last signed in (any way in); null: never. Not an edit of their details: no version bump. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Instant lastSignedInAt;
    /**
     * Whether the person keeps password sign-in although their email domain signs in by single sign-on only: a
     * break-glass HR administrator ({@link SsoOnlyDomains}). Set by HR on its own form, so it does not bump the version.
     */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private boolean breakGlass;

    @ElementCollection
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The provisioning client's id for this person (SCIM {@code externalId}); null: not provisioned by SCIM. */
    private String externalId;

    /**
     * When the row last changed (SCIM's {@code meta.lastModified}); null: not since it was created. Stamped on every
     * update, a new password's included, so it must not bump the version: HR's open form would go stale.
     */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Instant modifiedAt;

    @Version
    private long version;

    protected User() {}

    public User(String email, String fullName, String title, Set<Role> roles, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.fullName = fullName.strip();
        this.title = Texts.clean(title);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    @jakarta.persistence.PreUpdate
    void touched() {
        this.modifiedAt = Instant.now();
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A password chosen by someone else (HR): the person must replace it at the next login. */
    void setTemporaryPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
    }

    void setOwnPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    void describe(String fullName, String title, Set<Role> roles) {
        this.fullName = fullName.strip();
        this.title = Texts.clean(title);
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** The person's own time zone; null returns them to the organisation's default. */
    void changeTimeZone(java.time.ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }

    /** The coach's default meeting link; null or blank removes it. */
    void changeMeetingLink(String link) {
        if (!dev.triad.system.MeetingLinks.isValidOrEmpty(link)) {
            throw new dev.triad.system.RuleViolation("meetingLink", "account.meetingLink.invalid");
        }
        this.meetingLink = link == null || link.isBlank() ? null : link.strip();
    }

    /** The coach's default video meeting link, or null. */
    public String getMeetingLink() {
        return meetingLink;
    }

    void changeEmail(String email) {
        this.email = normaliseEmail(email);
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    /**
     * HR keeps (or withdraws) password sign-in for this person although their domain signs in by single sign-on only.
     * Only an HR administrator may be a break-glass account: it exists to run Triad while the identity provider is down.
     */
    void keepPasswordSignIn(boolean keep) {
        if (keep && !hasRole(Role.HR_ADMIN)) {
            throw new dev.triad.system.RuleViolation("breakGlass", "account.breakGlass.hrOnly");
        }
        this.breakGlass = keep;
    }

    /** A break-glass account: password sign-in kept although the email's domain is single sign-on only. */
    public boolean isBreakGlass() {
        return breakGlass;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getTitle() {
        return title;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** The person's time zone, or {@code organisationDefault} when they have none of their own. */
    public java.time.ZoneId zoneOr(java.time.ZoneId organisationDefault) {
        return timeZone == null ? organisationDefault : java.time.ZoneId.of(timeZone);
    }

    /** Whether the person chose a zone of their own (else they follow the organisation's default). */
    public boolean hasOwnTimeZone() {
        return timeZone != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When the person last signed in, or null if they never have. */
    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

    /** The provisioning client's id for this person, or null. */
    public String getExternalId() {
        return externalId;
    }

    void changeExternalId(String externalId) {
        this.externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
    }

    /** When the person's details last changed, or when they were created. */
    public Instant getLastModified() {
        return modifiedAt == null ? createdAt : modifiedAt;
    }
}

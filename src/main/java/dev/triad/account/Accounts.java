package dev.triad.account;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import dev.triad.system.Zones;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Creating people, describing them, (de)activating them and changing passwords and time zones. */
@Service
public class Accounts {

    private final Users users;
    private final CoachProfiles coachProfiles;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AccountLinks links;
    private final ApplicationEventPublisher events;
    private final SignedInSessions signedIn;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final SecureRandom random = new SecureRandom();

    Accounts(
            Users users,
            CoachProfiles coachProfiles,
            PasswordEncoder passwordEncoder,
            Clock clock,
            AccountLinks links,
            ApplicationEventPublisher events,
            SignedInSessions signedIn,
            AuditTrail audit,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.signedIn = signedIn;
        this.audit = audit;
        this.users = users;
        this.coachProfiles = coachProfiles;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.links = links;
        this.events = events;
    }

    /**
     * What describes a person; the coach fields count only when the person is a coach. {@code timeZone} null: the
     * person follows the organisation's default zone.
     */
    public record PersonDetails(
            String fullName,
            String email,
            String title,
            Set<Role> roles,
            String specialities,
            String languages,
            Integer capacity,
            ZoneId timeZone) {

        /** Someone who follows the organisation's default zone. */
        public PersonDetails(
                String fullName,
                String email,
                String title,
                Set<Role> roles,
                String specialities,
                String languages,
                Integer capacity) {
            this(fullName, email, title, roles, specialities, languages, capacity, null);
        }
    }

    /**
     * Creates a person with a one-time password that must be replaced at first login, or, without one,
     * with an unguessable password nobody knows and an invitation link to choose their own.
     */
    @Transactional
    public User create(PersonDetails details, String initialPassword) {
        if (initialPassword == null || initialPassword.isBlank()) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            User user = create(details, Base64.getEncoder().encodeToString(secret), true);
            links.invite(user);
            return user;
        }
        return create(details, initialPassword, true);
    }

    /** Creates a person who chose their own password (demo data, set-up). */
    @Transactional
    public User createWithOwnPassword(PersonDetails details, String password) {
        return create(details, password, false);
    }

    private User create(PersonDetails details, String password, boolean temporary) {
        if (users.emailTaken(details.email())) {
            throw new EmailTakenException(details.email());
        }
        User user = store(details, passwordEncoder.encode(password), temporary, "");
        saveCoachProfile(user, details);
        return user;
    }

    /**
     * Creates people from a file HR imports, each as {@link #create(PersonDetails, String)} creates someone without a
     * one-time password: an unguessable password nobody knows, their coach profile, the audit entry and an invitation
     * (whose mail the outbox sends once this transaction has committed). The caller has checked every row with the
     * form's rules and all the emails in one query ({@link PeopleImport}); the unique index on the email still refuses
     * one taken since, and then nobody is created.
     *
     * <p>Built for thousands of rows: one BCrypt hash of one random secret for them all (per-person hashes of secrets
     * nobody ever learns would add nothing but a minute of BCrypt), coach profiles and roles inserted in JDBC batches,
     * and the persistence context emptied every {@value #IMPORT_CHUNK} people so that flushing stays cheap.
     *
     * @return the people created, in the order given (detached from the persistence context)
     * @throws EmailTakenException when an email was taken after the caller checked it
     */
    @Transactional
    List<User> createInvited(List<PersonDetails> people) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String hash = passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
        Session session = entityManager.unwrap(Session.class);
        Integer batchSizeBefore = session.getJdbcBatchSize();
        session.setJdbcBatchSize(IMPORT_CHUNK);
        List<User> created = new ArrayList<>(people.size());
        try {
            for (int from = 0; from < people.size(); from += IMPORT_CHUNK) {
                for (PersonDetails details : people.subList(from, Math.min(people.size(), from + IMPORT_CHUNK))) {
                    User user = store(details, hash, true, ", imported from a file");
                    if (details.roles().contains(Role.COACH)) {
                        entityManager.persist(newCoachProfile(user, details));
                    }
                    links.inviteNew(user);
                    created.add(user);
                }
                entityManager.flush();
                entityManager.clear();
            }
        } catch (org.springframework.dao.DataIntegrityViolationException | jakarta.persistence.PersistenceException e) {
            if (takenEmail(e)) {
                throw new EmailTakenException("");
            }
            throw e;
        } finally {
            session.setJdbcBatchSize(batchSizeBefore);
        }
        return created;
    }

    /** Whether the unique index on the email refused an insert. */
    private static boolean takenEmail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && "app_user_email_key".equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /** How many imported people are flushed at once (and the JDBC batch size meanwhile). */
    static final int IMPORT_CHUNK = 100;

    private User store(PersonDetails details, String hash, boolean temporary, String how) {
        User user = new User(details.email(), details.fullName(), details.title(), details.roles(), clock.instant());
        user.changeTimeZone(details.timeZone());
        if (temporary) {
            user.setTemporaryPassword(hash);
        } else {
            user.setOwnPassword(hash);
        }
        users.save(user);
        audit.recordBySignedIn(
                AuditKind.PERSON_CREATED,
                "person " + user.getId(),
                user.getEmail() + ", roles " + Role.labels(user.getRoles()) + how);
        return user;
    }

    /**
     * HR saves a person's details as the form showed them: the person at {@code version} and the coach profile at
     * {@code profileVersion} (null: there was no profile).
     *
     * @throws StaleEdit when someone else saved the person or the profile since
     */
    @Transactional
    public void update(Long userId, Long version, Long profileVersion, PersonDetails details) {
        User user = users.findWithRoles(userId).orElseThrow(() -> new NotFoundException("Person"));
        StaleEdit.check(User.class, userId, version, user.getVersion());
        if (!java.util.Objects.equals(
                profileVersion,
                coachProfiles.findById(userId).map(CoachProfile::getVersion).orElse(null))) {
            throw new StaleEdit(CoachProfile.class, userId);
        }
        Set<Role> before = Set.copyOf(user.getRoles());
        String oldEmail = user.getEmail();
        String newEmail = User.normaliseEmail(details.email());
        boolean emailChanged = newEmail != null && !newEmail.equals(oldEmail);
        if (emailChanged && users.emailTakenByAnother(newEmail, userId)) {
            throw new EmailTakenException(newEmail);
        }
        user.describe(details.fullName(), details.title(), details.roles());
        ZoneId zoneBefore = user.zoneOr(null);
        user.changeTimeZone(details.timeZone());
        if (!Objects.equals(zoneBefore, details.timeZone())) {
            audit.recordBySignedIn(AuditKind.TIME_ZONE_CHANGED, "person " + user.getId(), zoneChange(user));
        }
        saveCoachProfile(user, details);
        if (!before.equals(Set.copyOf(user.getRoles()))) {
            audit.recordBySignedIn(
                    AuditKind.ROLES_CHANGED,
                    "person " + user.getId(),
                    user.getEmail() + ": " + Role.labels(before) + " → " + Role.labels(user.getRoles()));
        }
        if (emailChanged) {
            changeEmail(user, oldEmail, newEmail);
        }
    }

    /**
     * The email is the sign-in name: from now on only the new one signs in. Sessions opened under the old one end
     * (their principal is the old email), and both addresses are told, so that a change nobody asked for is noticed.
     */
    private void changeEmail(User user, String oldEmail, String newEmail) {
        user.changeEmail(newEmail);
        try {
            users.flush(); // the unique index decides here, inside this transaction, if two saves raced
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new EmailTakenException(newEmail);
        }
        int ended = signedIn.endAllOf(oldEmail);
        audit.recordBySignedIn(
                AuditKind.EMAIL_CHANGED,
                "person " + user.getId(),
                oldEmail + " → " + newEmail + ", " + ended + " open session(s) ended");
        events.publishEvent(new EmailChanged(user.getId(), oldEmail, newEmail));
    }

    @Transactional
    public void deactivate(Long userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("Person"));
        user.deactivate();
        int ended = signedIn.endAllOf(user.getEmail());
        audit.recordBySignedIn(
                AuditKind.PERSON_DEACTIVATED,
                "person " + user.getId(),
                user.getEmail() + ", " + ended + " open session(s) ended");
    }

    @Transactional
    public void reactivate(Long userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("Person"));
        user.reactivate();
        audit.recordBySignedIn(AuditKind.PERSON_REACTIVATED, "person " + user.getId(), user.getEmail());
    }

    /**
     * What a provisioning client (SCIM) says of a person. Never their roles: those are HR's. {@code timeZone} null:
     * the organisation's default; {@code externalId} null: the client keeps no id of its own for them.
     */
    public record ProvisionedDetails(String fullName, String email, String title, ZoneId timeZone, String externalId) {}

    /**
     * Creates a person a provisioning client sent, with {@code role} and active or not. Active and with
     * {@code invite}, they get the invitation to choose a password, as when HR adds them; otherwise their password is
     * one nobody knows (they sign in by single sign-on, or choose one through "Forgot your password?").
     *
     * @throws EmailTakenException when another account has this email, whatever its case
     * @throws ExternalIdTakenException when another account has this external id
     */
    @Transactional
    public User provision(ProvisionedDetails details, Role role, boolean active, boolean invite) {
        if (details.externalId() != null && users.existsByExternalId(details.externalId())) {
            throw new ExternalIdTakenException();
        }
        PersonDetails person = new PersonDetails(
                details.fullName(),
                details.email(),
                details.title(),
                Set.of(role),
                null,
                null,
                role == Role.COACH ? 0 : null,
                details.timeZone());
        User user;
        if (invite && active) {
            user = create(person, null);
        } else {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            user = create(person, Base64.getEncoder().encodeToString(secret), true);
        }
        user.changeExternalId(details.externalId());
        if (!active) {
            deactivate(user.getId());
        }
        return user;
    }

    /**
     * A provisioning client replaces what it says of a person (their roles stay as they are). {@code active} null
     * leaves it as it is; false deactivates them as HR does (their open sessions end now), true reactivates them.
     * {@code expectedVersion} null: whatever the person's version (the client sent no If-Match).
     *
     * @throws StaleEdit when {@code expectedVersion} is not the person's version
     * @throws EmailTakenException when another account has the new email
     * @throws ExternalIdTakenException when another account has this external id
     */
    @Transactional
    public void reprovision(Long userId, Long expectedVersion, ProvisionedDetails details, Boolean active) {
        User user = users.findWithRoles(userId).orElseThrow(() -> new NotFoundException("Person"));
        if (expectedVersion != null) {
            StaleEdit.check(User.class, userId, expectedVersion, user.getVersion());
        }
        String oldEmail = user.getEmail();
        String newEmail = User.normaliseEmail(details.email());
        boolean emailChanged = newEmail != null && !newEmail.equals(oldEmail);
        if (emailChanged && users.emailTakenByAnother(newEmail, userId)) {
            throw new EmailTakenException(newEmail);
        }
        if (details.externalId() != null && users.existsByExternalIdAndIdNot(details.externalId(), userId)) {
            throw new ExternalIdTakenException();
        }
        user.describe(details.fullName(), details.title(), user.getRoles());
        ZoneId zoneBefore = user.zoneOr(null);
        user.changeTimeZone(details.timeZone());
        if (!Objects.equals(zoneBefore, details.timeZone())) {
            audit.recordBySignedIn(AuditKind.TIME_ZONE_CHANGED, "person " + user.getId(), zoneChange(user));
        }
        user.changeExternalId(details.externalId());
        if (emailChanged) {
            changeEmail(user, oldEmail, newEmail);
        }
        if (active != null && active != user.isActive()) {
            if (active) {
                reactivate(userId);
            } else {
                deactivate(userId);
            }
        }
    }

    /** The person a provisioning client knows by {@code externalId}. */
    @Transactional(readOnly = true)
    public java.util.Optional<User> findByExternalId(String externalId) {
        return users.findByExternalId(externalId);
    }

    /**
     * People in the order they were created, {@code limit} of them from the {@code offset}-th (0 first), all or only
     * the active (true) or deactivated (false) ones: a provisioning client's paging.
     */
    @Transactional(readOnly = true)
    public Page<User> inCreationOrder(Boolean active, long offset, int limit) {
        Pageable page = new OffsetLimit(offset, limit);
        return active == null ? users.findAll(page) : users.findByActive(active, page);
    }

    /**
     * Changes the signed-in person's own password after checking the current one.
     *
     * @return the principal to keep in the session from now on
     */
    @Transactional
    public CurrentUser changeOwnPassword(CurrentUser me, String currentPassword, String newPassword) {
        User user = users.findWithRoles(me.id()).orElseThrow(() -> new NotFoundException("Person"));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        String hash = passwordEncoder.encode(newPassword);
        user.setOwnPassword(hash);
        events.publishEvent(new PasswordChanged(user.getId()));
        audit.record(
                AuditKind.PASSWORD_CHANGED,
                me.email(),
                "person " + user.getId(),
                "changed by the person, with the current password");
        return me.withPasswordChanged();
    }

    /** The signed-in coach's default video meeting link, or null; only a coach has one. */
    @Transactional(readOnly = true)
    public String ownMeetingLink(CurrentUser me) {
        requireCoach(me);
        return get(me.id()).getMeetingLink();
    }

    /**
     * The signed-in coach saves their default video meeting link (https only; blank removes it): what their video
     * sessions and meetings without a link of their own are joined by.
     */
    @Transactional
    public void changeOwnMeetingLink(CurrentUser me, String link) {
        requireCoach(me);
        users.findById(me.id())
                .orElseThrow(() -> new NotFoundException("Person"))
                .changeMeetingLink(link);
    }

    private static void requireCoach(CurrentUser me) {
        if (!me.has(Role.COACH)) {
            throw new dev.triad.system.ForbiddenException("Only a coach has a default meeting link");
        }
    }

    /**
     * The signed-in person chooses the zone they read and type times in: a Region/City id ({@link Zones#parse}), or
     * blank to follow the organisation's default again.
     *
     * @return the principal to keep in the session from now on, so the next page reads in the new zone
     * @throws RuleViolation (field {@code timeZone}) for an id that is no zone a person may choose
     */
    @Transactional
    public CurrentUser changeTimeZone(CurrentUser me, String zoneId) {
        ZoneId zone = null;
        if (zoneId != null && !zoneId.isBlank()) {
            zone = Zones.parse(zoneId)
                    .orElseThrow(() -> new RuleViolation("timeZone", "account.timeZone.unknown", shortened(zoneId)));
        }
        User user = users.findById(me.id()).orElseThrow(() -> new NotFoundException("Person"));
        if (!Objects.equals(user.zoneOr(null), zone)) {
            user.changeTimeZone(zone);
            audit.record(AuditKind.TIME_ZONE_CHANGED, me.email(), "person " + user.getId(), zoneChange(user));
        }
        return me.withTimeZone(zone);
    }

    /** What the message repeats of a refused id: enough to recognise it, not a page of pasted text. */
    private static String shortened(String zoneId) {
        String id = zoneId.strip();
        return id.length() <= 64 ? id : id.substring(0, 64) + "…";
    }

    private static String zoneChange(User user) {
        return user.getEmail() + ": "
                + (user.hasOwnTimeZone() ? user.zoneOr(null).getId() : "organisation default");
    }

    /** A page of people whose name or email contains {@code text}, with their roles loaded. */
    @Transactional(readOnly = true)
    public Page<User> search(String text, Pageable pageable) {
        Page<User> people = users.search(text, pageable);
        people.forEach(User::getRoles); // read here, in one batch, not from the template
        return people;
    }

    @Transactional(readOnly = true)
    public User get(Long userId) {
        return users.findWithRoles(userId).orElseThrow(() -> new NotFoundException("Person"));
    }

    /**
     * The person, roles loaded only when read. Unlike {@link #get} it asks the database nothing for someone created
     * or loaded earlier in the same transaction: a mail written for each of a thousand imported people costs no query.
     */
    @Transactional(readOnly = true)
    public User find(Long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("Person"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<CoachProfile> coachProfile(Long userId) {
        return coachProfiles.findById(userId);
    }

    private void saveCoachProfile(User user, PersonDetails details) {
        if (!details.roles().contains(Role.COACH)) {
            return;
        }
        int capacity = details.capacity() == null ? 0 : details.capacity();
        coachProfiles
                .findById(user.getId())
                .ifPresentOrElse(
                        profile -> profile.update(details.specialities(), details.languages(), capacity),
                        () -> coachProfiles.save(newCoachProfile(user, details)));
    }

    private static CoachProfile newCoachProfile(User user, PersonDetails details) {
        int capacity = details.capacity() == null ? 0 : details.capacity();
        return new CoachProfile(user.getId(), details.specialities(), details.languages(), capacity);
    }

    /** Another account already uses this email. */
    public static class EmailTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public EmailTakenException(String email) {
            super("An account with this email already exists");
        }
    }

    /** Another account already has this external id (a provisioning client's id for a person). */
    public static class ExternalIdTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ExternalIdTakenException() {
            super("Another person already has this external id");
        }
    }

    /** The current password given does not match. */
    public static class WrongPasswordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public WrongPasswordException() {
            super("The current password is not correct");
        }
    }
}

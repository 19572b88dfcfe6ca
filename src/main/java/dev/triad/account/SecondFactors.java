package dev.triad.account;

import dev.triad.account.SecondFactorNotice.Change;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A person's second factor: an authenticator app (TOTP) and ten single-use recovery codes, for the people who sign in
 * with a password. Setting one up, replacing the device, turning it off (where it is not required), checking a code at
 * sign-in, and HR's reset when the device is lost. HR administrators must have one
 * ({@code triad.second-factor.required-for-hr}, on unless turned off; the test suite turns it off so that its
 * journeys sign in as HR with a password alone), and {@code triad.second-factor.required-for-everyone} makes it
 * everyone's duty.
 *
 * <p>A wrong code counts as a failed sign-in of the account and of the address ({@link SignInThrottle}): the password's
 * limits hold for the code too, and both hold back the same way. A failed check returns its outcome instead of
 * throwing, so that the failure it records and its audit entry are committed.
 */
@Service
public class SecondFactors {

    /** What a check of a code (or of a password, to change the second factor) came to. */
    public enum Check {
        PASSED,
        WRONG,
        /** Too many failed sign-ins lately for this account or from this address: not checked. */
        THROTTLED
    }

    /** What the account page and HR's person page say of someone's second factor. */
    public record Status(boolean enrolled, Instant enrolledAt, int recoveryCodesLeft, boolean required) {}

    private final Authenticators authenticators;
    private final RecoveryCodes recoveryCodes;
    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean requiredForHr;
    private final boolean requiredForEveryone;

    SecondFactors(
            Authenticators authenticators,
            RecoveryCodes recoveryCodes,
            Users users,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${triad.second-factor.required-for-hr:true}") boolean requiredForHr,
            @Value("${triad.second-factor.required-for-everyone:false}") boolean requiredForEveryone) {
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.requiredForHr = requiredForHr;
        this.requiredForEveryone = requiredForEveryone;
    }

    /** Whether someone with these roles must have a second factor to use Triad after a password sign-in. */
    public boolean requiredFor(Set<Role> roles) {
        return requiredForEveryone || requiredForHr && roles.contains(Role.HR_ADMIN);
    }

    /** How long the throttle holds back, for the message that says so. */
    public long throttleMinutes() {
        return throttle.windowMinutes();
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(Long userId) {
        return authenticators.existsById(userId);
    }

    @Transactional(readOnly = true)
    public Status status(Long userId) {
        return status(users.findWithRoles(userId).orElseThrow(() -> new NotFoundException("Person")));
    }

    /** {@link #status(Long)} of a person already loaded with their roles (HR's person page). */
    @Transactional(readOnly = true)
    public Status status(User user) {
        Long userId = user.getId();
        boolean required = requiredFor(user.getRoles());
        return authenticators
                .findById(userId)
                .map(a -> new Status(true, a.getEnrolledAt(), recoveryCodes.countUnusedOf(userId), required))
                .orElseGet(() -> new Status(false, null, 0, required));
    }

    /** A new secret for the person's app, to be confirmed by {@link #enrol}. Nothing is stored yet. */
    public NewAuthenticator newAuthenticator(CurrentUser me) {
        return NewAuthenticator.forAccount(me.email());
    }

    /**
     * Sets up the app that showed {@code code} for {@code pending}'s secret, in place of any earlier one when
     * {@code replacing} (the person proved who they are first, {@link #confirm}), with ten new recovery codes.
     *
     * @return the recovery codes, the only time they exist outside the person's hands
     * @throws RuleViolation (field {@code code}) when the code is not the app's current one
     */
    @Transactional
    public List<String> enrol(CurrentUser me, NewAuthenticator pending, String code, boolean replacing) {
        Instant now = clock.instant();
        OptionalLong step = pending.accountName().equals(me.email())
                ? TotpCodes.match(pending.secretBytes(), code, now, Long.MIN_VALUE)
                : OptionalLong.empty();
        if (step.isEmpty()) {
            throw new RuleViolation("code", "account.secondFactor.wrongCode");
        }
        boolean had = authenticators.existsById(me.id());
        if (had && !replacing) {
            throw new RuleViolation(null, "account.secondFactor.alreadyEnrolled");
        }
        authenticators.deleteOf(me.id());
        recoveryCodes.deleteOf(me.id());
        authenticators.save(new Authenticator(me.id(), pending.secret(), now, step.getAsLong()));
        List<String> codes = RecoveryCodeSet.generate();
        recoveryCodes.saveAll(codes.stream()
                .map(c -> new RecoveryCode(me.id(), RecoveryCodeSet.hash(c), now))
                .toList());
        audit.record(
                had ? AuditKind.SECOND_FACTOR_REPLACED : AuditKind.SECOND_FACTOR_ENROLLED,
                me.email(),
                "person " + me.id(),
                (had ? "another authenticator app" : "an authenticator app") + " and " + RecoveryCodeSet.COUNT
                        + " new recovery codes");
        changed(me.id(), me.email(), had ? Change.REPLACED : Change.ENROLLED);
        return codes;
    }

    /**
     * The second step of a password sign-in: a code of the person's app, or one of their recovery codes. Throttled and
     * counted with the password's failures; every outcome is audited from {@code address}.
     */
    @Transactional
    public Check checkAtSignIn(Long userId, String email, String typed, String address) {
        try {
            throttle.check(email, address);
        } catch (LockedException e) {
            audit.recordFrom(
                    AuditKind.SIGN_IN_THROTTLED,
                    email,
                    "person " + userId,
                    "Second factor: too many failed sign-ins lately, not checked",
                    address);
            return Check.THROTTLED;
        }
        Optional<String> passed = verify(userId, typed);
        if (passed.isPresent()) {
            audit.recordFrom(AuditKind.SECOND_FACTOR_PASSED, email, "person " + userId, passed.get(), address);
            return Check.PASSED;
        }
        throttle.recordFailure(email, address);
        audit.recordFrom(
                AuditKind.SECOND_FACTOR_FAILED,
                email,
                "person " + userId,
                "At sign-in: a wrong, expired or already used code",
                address);
        return Check.WRONG;
    }

    /**
     * The signed-in person proves it is them before replacing or turning off their second factor: a current code of
     * their app, or their password. Throttled like a sign-in, since it is one more place to guess either.
     */
    @Transactional
    public Check confirm(CurrentUser me, String proof, String address) {
        try {
            throttle.check(me.email(), address);
        } catch (LockedException e) {
            audit.recordFrom(
                    AuditKind.SIGN_IN_THROTTLED,
                    me.email(),
                    "person " + me.id(),
                    "Changing the second factor: too many failed sign-ins lately, not checked",
                    address);
            return Check.THROTTLED;
        }
        boolean right;
        if (TotpCodes.looksLikeACode(proof)) {
            right = authenticators
                    .findById(me.id())
                    .flatMap(a -> usedCode(a, proof))
                    .isPresent();
        } else {
            String hash = users.findById(me.id()).map(User::getPasswordHash).orElse(null);
            right = proof != null && hash != null && passwordEncoder.matches(proof, hash);
        }
        if (right) {
            return Check.PASSED;
        }
        throttle.recordFailure(me.email(), address);
        audit.recordFrom(
                AuditKind.SECOND_FACTOR_FAILED,
                me.email(),
                "person " + me.id(),
                "To change the second factor: a wrong code or password",
                address);
        return Check.WRONG;
    }

    /**
     * Turns the person's second factor off, after {@link #confirm} with {@code proof}.
     *
     * @throws RuleViolation (field {@code proof}) when the person must have one
     */
    @Transactional
    public Check turnOff(CurrentUser me, String proof, String address) {
        User user = users.findWithRoles(me.id()).orElseThrow(() -> new NotFoundException("Person"));
        if (requiredFor(user.getRoles())) {
            throw new RuleViolation("proof", "account.secondFactor.required");
        }
        Check check = confirm(me, proof, address);
        if (check == Check.PASSED && authenticators.deleteOf(me.id()) > 0) {
            recoveryCodes.deleteOf(me.id());
            audit.recordFrom(
                    AuditKind.SECOND_FACTOR_TURNED_OFF,
                    me.email(),
                    "person " + me.id(),
                    "authenticator app and recovery codes removed",
                    address);
            changed(me.id(), me.email(), Change.TURNED_OFF);
        }
        return check;
    }

    /**
     * HR removes a person's authenticator app and recovery codes (the device is lost and so are the codes): the person
     * signs in with the password alone next time, and is asked to set up a new one if they must have one. The person
     * is told by mail.
     *
     * @return false when the person had none
     * @throws RuleViolation when HR asks it for themself (their account page replaces their own device)
     */
    @Transactional
    public boolean resetByHr(Long userId, CurrentUser hr) {
        if (userId.equals(hr.id())) {
            throw new RuleViolation(null, "account.secondFactor.resetSelf");
        }
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("Person"));
        if (authenticators.deleteOf(userId) == 0) {
            return false;
        }
        recoveryCodes.deleteOf(userId);
        audit.record(
                AuditKind.SECOND_FACTOR_RESET,
                hr.email(),
                "person " + userId,
                user.getEmail() + ": authenticator app and recovery codes removed");
        changed(userId, user.getEmail(), Change.RESET_BY_HR);
        return true;
    }

    /** In words for the audit log, when {@code typed} is a code of the person's app or an unused recovery code. */
    private Optional<String> verify(Long userId, String typed) {
        Optional<Authenticator> app = authenticators.findById(userId);
        if (app.isEmpty()) {
            return Optional.empty();
        }
        if (TotpCodes.looksLikeACode(typed)) {
            return usedCode(app.get(), typed).map(step -> "With a code of the authenticator app");
        }
        if (RecoveryCodeSet.looksLikeOne(typed)
                && recoveryCodes.use(userId, RecoveryCodeSet.hash(typed), clock.instant()) == 1) {
            return Optional.of("With a recovery code, " + recoveryCodes.countUnusedOf(userId) + " left");
        }
        return Optional.empty();
    }

    /** The step of the app's code {@code typed}, now taken as used; empty when it is no code or one used already. */
    private Optional<Long> usedCode(Authenticator app, String typed) {
        OptionalLong step = TotpCodes.match(app.secretBytes(), typed, clock.instant(), app.getLastUsedStep());
        if (step.isPresent() && authenticators.use(app.getUserId(), step.getAsLong()) == 1) {
            return Optional.of(step.getAsLong());
        }
        return Optional.empty();
    }

    private void changed(Long userId, String email, Change change) {
        events.publishEvent(new SecondFactorChanged(userId, email));
        events.publishEvent(new SecondFactorNotice(userId, change));
    }
}

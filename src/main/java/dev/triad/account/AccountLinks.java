package dev.triad.account;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Single-use, expiring links that let a person set their password: the invitation HR sends when
 * creating a person without a one-time password, and the reset link asked for from the login page.
 * Opening a link never signs anyone in: setting the password through it sends the person to the
 * login page.
 */
@Service
public class AccountLinks {

    static final String INVITATION_PATH = "/account/invitation/";
    static final String PASSWORD_RESET_PATH = "/account/password-reset/";
    /** A password reset link more than this many times an hour is not sent (no mail bombing). */
    static final int RESETS_PER_HOUR = 3;
    /** 32 bytes in URL-safe Base64 are 43 characters; anything else cannot be ours. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public enum Purpose {
        INVITATION,
        PASSWORD_RESET
    }

    /** What a link is worth when someone opens it. */
    public enum State {
        VALID,
        EXPIRED,
        USED,
        UNKNOWN
    }

    /** The outcome of looking at a link; name and email only when it is valid. */
    public record Check(State state, String fullName, String email) {

        static Check refused(State state) {
            return new Check(state, null, null);
        }

        public boolean valid() {
            return state == State.VALID;
        }
    }

    private final Users users;
    private final AuditTrail audit;
    private final AccountTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration invitationValidity;
    private final Duration passwordResetValidity;

    AccountLinks(
            Users users,
            AccountTokens tokens,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            AuditTrail audit,
            @Value("${triad.account.invitation-validity:P7D}") Duration invitationValidity,
            @Value("${triad.account.password-reset-validity:PT1H}") Duration passwordResetValidity) {
        this.users = users;
        this.audit = audit;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.invitationValidity = invitationValidity;
        this.passwordResetValidity = passwordResetValidity;
    }

    /** Issues an invitation link for a person, making their older invitation links stop working. */
    @Transactional
    void invite(User user) {
        Instant now = clock.instant();
        tokens.findUsable(user.getId(), Purpose.INVITATION, now).forEach(token -> token.expire(now));
        AccountToken.Issued issued =
                AccountToken.issue(user.getId(), Purpose.INVITATION, now, now.plus(invitationValidity));
        tokens.save(issued.token());
        events.publishEvent(
                new InvitationIssued(user.getId(), issued.raw(), issued.token().getExpiresAt()));
    }

    /** Issues the first invitation link of a person just created (who has no older links to stop). */
    @Transactional
    void inviteNew(User user) {
        Instant now = clock.instant();
        AccountToken.Issued issued =
                AccountToken.issue(user.getId(), Purpose.INVITATION, now, now.plus(invitationValidity));
        tokens.save(issued.token());
        events.publishEvent(
                new InvitationIssued(user.getId(), issued.raw(), issued.token().getExpiresAt()));
    }

    /** HR sends the invitation again to someone who has not chosen a password yet. */
    @Transactional
    public void resendInvitation(Long userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("Person"));
        if (!user.isActive()) {
            throw new RuleViolation("invitation", "account.invitation.deactivated", user.getFullName());
        }
        if (!user.isMustChangePassword()) {
            throw new RuleViolation("invitation", "account.invitation.passwordChosen", user.getFullName());
        }
        invite(user);
    }

    /**
     * Sends a reset link to the person with this email, if there is such an active person. The caller
     * answers the same whatever happens here, so nobody learns which emails have an account.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        Instant now = clock.instant();
        users.findByEmail(User.normaliseEmail(email)).filter(User::isActive).ifPresent(user -> {
            if (tokens.countIssuedSince(user.getId(), Purpose.PASSWORD_RESET, now.minus(Duration.ofHours(1)))
                    >= RESETS_PER_HOUR) {
                return;
            }
            tokens.findUsable(user.getId(), Purpose.PASSWORD_RESET, now).forEach(token -> token.expire(now));
            AccountToken.Issued issued =
                    AccountToken.issue(user.getId(), Purpose.PASSWORD_RESET, now, now.plus(passwordResetValidity));
            tokens.save(issued.token());
            events.publishEvent(new PasswordResetRequested(
                    user.getId(), issued.raw(), issued.token().getExpiresAt()));
        });
    }

    @Transactional(readOnly = true)
    public Check check(Purpose purpose, String rawToken) {
        if (rawToken == null || !TOKEN_SHAPE.matcher(rawToken).matches()) {
            return Check.refused(State.UNKNOWN);
        }
        return tokens.findByTokenHashAndPurpose(AccountToken.hash(rawToken), purpose)
                .map(token -> check(token, clock.instant()))
                .orElse(Check.refused(State.UNKNOWN));
    }

    /**
     * Sets the password of the link's person and uses the link up; other unused links of the same
     * purpose stop working too.
     *
     * @return the refusal when the link is not (or no longer) valid, or a valid check when the password was set
     */
    @Transactional
    public Check setPassword(Purpose purpose, String rawToken, String newPassword) {
        if (rawToken == null || !TOKEN_SHAPE.matcher(rawToken).matches()) {
            return Check.refused(State.UNKNOWN);
        }
        AccountToken token = tokens.lockByTokenHashAndPurpose(AccountToken.hash(rawToken), purpose)
                .orElse(null);
        if (token == null) {
            return Check.refused(State.UNKNOWN);
        }
        Instant now = clock.instant();
        Check check = check(token, now);
        if (!check.valid()) {
            return check;
        }
        token.use(now);
        tokens.findUsable(token.getUserId(), purpose, now).forEach(other -> other.expire(now));
        User user = users.findById(token.getUserId()).orElseThrow();
        user.setOwnPassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(user.getId()));
        audit.recordFrom(
                AuditKind.PASSWORD_CHANGED,
                user.getEmail(),
                "person " + user.getId(),
                "set through an emailed " + (purpose == Purpose.INVITATION ? "invitation" : "password reset") + " link",
                null);
        return check;
    }

    private Check check(AccountToken token, Instant now) {
        State state = token.state(now);
        if (state != State.VALID) {
            return Check.refused(state);
        }
        return users.findById(token.getUserId())
                .filter(User::isActive)
                .map(user -> new Check(State.VALID, user.getFullName(), user.getEmail()))
                .orElse(Check.refused(State.UNKNOWN));
    }
}

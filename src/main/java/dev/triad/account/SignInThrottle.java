package dev.triad.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing: after {@code max-failures-per-account} failed sign-ins for one email, or
 * {@code max-failures-per-address} from one client address, within the window, further attempts are refused without
 * checking the password until the oldest failure leaves the window; never for good. The same answer whether or not
 * the email has an account. A password set through an emailed link clears the account's failures, so the real person
 * gets straight back in. Failures are rows in the database, so every instance counts the same.
 */
@Component
class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    SignInThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${triad.sign-in.max-failures-per-account:5}") int maxPerAccount,
            @Value("${triad.sign-in.max-failures-per-address:30}") int maxPerAddress,
            @Value("${triad.sign-in.throttle-window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** @throws LockedException when this email or this address has failed too often lately */
    void check(String email, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        Integer byAccount = jdbc.queryForObject(
                "select count(*) from sign_in_failure where email = ? and failed_at > ?",
                Integer.class,
                key(email),
                since);
        Integer byAddress = jdbc.queryForObject(
                "select count(*) from sign_in_failure where address = ? and failed_at > ?",
                Integer.class,
                address(address),
                since);
        if (byAccount >= maxPerAccount || byAddress >= maxPerAddress) {
            throw new LockedException("Too many failed sign-ins; try again in " + window.toMinutes() + " minutes");
        }
    }

    void recordFailure(String email, String address) {
        Instant now = clock.instant();
        jdbc.update("delete from sign_in_failure where failed_at < ?", Timestamp.from(now.minus(Duration.ofDays(1))));
        jdbc.update(
                "insert into sign_in_failure (email, address, failed_at) values (?, ?, ?)",
                key(email),
                address(address),
                Timestamp.from(now));
    }

    void forget(String email) {
        jdbc.update("delete from sign_in_failure where email = ?", key(email));
    }

    long windowMinutes() {
        return window.toMinutes();
    }

    @EventListener
    void on(PasswordChanged event) {
        jdbc.queryForList("select email from app_user where id = ?", String.class, event.userId())
                .forEach(this::forget);
    }

    private static String key(String email) {
        String normalised = email == null ? "" : User.normaliseEmail(email);
        return normalised.length() <= 254 ? normalised : normalised.substring(0, 254);
    }

    private static String address(String address) {
        String value = address == null ? "unknown" : address;
        return value.length() <= 64 ? value : value.substring(0, 64);
    }
}

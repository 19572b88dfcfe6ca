package dev.triad.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes of an authenticator app (TOTP, RFC 6238) as the apps make them: 30-second time steps, 6 digits,
 * HMAC-SHA-1 (what Google Authenticator, Microsoft Authenticator, 1Password and the others read from a QR code without
 * asking). The arithmetic is java-otp's; this class only decides which steps count: the current one and one either
 * side (a phone's clock a little off, a code typed as it changes), and never one at or before the last step a code was
 * accepted for, so a code seen over someone's shoulder or in a proxy's log is worth nothing once used.
 */
final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** Steps either side of the current one whose code is still taken. */
    static final int DRIFT = 1;

    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private TotpCodes() {}

    /** The time step {@code at} falls in. */
    static long stepOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The code of {@code step}. */
    static String codeAt(byte[] secret, long step) {
        // a generator per call: cheap, and nothing shared between requests
        TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(
                STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(secret, generator.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP.getSeconds()),
                    java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret is not an HMAC key", e);
        }
    }

    /** What a person typed, without the spaces an app shows in the middle ("123 456"); null stays null. */
    static String normalise(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s-]", "");
    }

    /** Whether {@code typed} looks like a code of an app at all (six digits, spaces aside). */
    static boolean looksLikeACode(String typed) {
        String code = normalise(typed);
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * The step whose code {@code typed} is, among those around {@code now}, later than {@code lastUsedStep}; empty when
     * it is none of them. Every candidate is compared, in constant time, so the time taken tells nothing.
     */
    static OptionalLong match(byte[] secret, String typed, Instant now, long lastUsedStep) {
        if (!looksLikeACode(typed)) {
            return OptionalLong.empty();
        }
        byte[] given = normalise(typed).getBytes(StandardCharsets.US_ASCII);
        long current = stepOf(now);
        long found = Long.MIN_VALUE;
        for (long step = current - DRIFT; step <= current + DRIFT; step++) {
            boolean same = MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), given);
            if (same && step > lastUsedStep && found == Long.MIN_VALUE) {
                found = step;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }
}

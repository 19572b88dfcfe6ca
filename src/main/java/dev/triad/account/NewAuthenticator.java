package dev.triad.account;

import org.apache.commons.codec.binary.Base32;

import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * An authenticator app being set up: the secret the app is given (20 random bytes, the length RFC 4226 recommends for
 * HMAC-SHA-1), before a first code from the app confirms it. Kept only in the person's HTTP session until then, so
 * that reloading the page shows the same QR code and an abandoned set-up leaves nothing behind.
 */
public record NewAuthenticator(String secret, String accountName) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The name authenticator apps show above the code. */
    public static final String ISSUER = "Triad";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 20;

    static NewAuthenticator forAccount(String email) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new NewAuthenticator(encode(secret), email);
    }

    /** Base32 without padding, upper case: what authenticator apps take, typed or scanned. */
    static String encode(byte[] secret) {
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    static byte[] decode(String secret) {
        return new Base32().decode(secret.toUpperCase(Locale.ROOT));
    }

    byte[] secretBytes() {
        return decode(secret);
    }

    /** The secret for typing into an app by hand, in groups of four ("ABCD EFGH …"). */
    public String keyForTyping() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /**
     * What the QR code holds, in the Key Uri Format authenticator apps read: {@code otpauth://totp/Triad:email?…},
     * naming the algorithm, digits and period even though they are the apps' defaults.
     */
    public String uri() {
        String label = encodePart(ISSUER) + ":" + encodePart(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encodePart(ISSUER)
                + "&algorithm=SHA1&digits=" + TotpCodes.DIGITS + "&period=" + TotpCodes.STEP.getSeconds();
    }

    private static String encodePart(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Never the secret in a log line. */
    @Override
    public String toString() {
        return "NewAuthenticator[" + accountName + "]";
    }
}

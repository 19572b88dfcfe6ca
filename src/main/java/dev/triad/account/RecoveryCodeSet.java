package dev.triad.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten per person, each good for one sign-in without the authenticator app. Ten characters from an
 * alphabet without look-alikes (no 0/o, 1/l/i), shown as {@code xxxxx-xxxxx}: about 50 bits each, too many to guess
 * under the sign-in throttle, so a fast hash (SHA-256) is enough to keep them out of a copy of the database.
 */
final class RecoveryCodeSet {

    static final int COUNT = 10;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodeSet() {}

    /** {@link #COUNT} new codes, as the person is shown them. */
    static List<String> generate() {
        List<String> codes = new ArrayList<>();
        while (codes.size() < COUNT) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < LENGTH; i++) {
                if (i == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        return codes;
    }

    /** The code as typed, without case, spaces or dashes: "ABCDE EFGHJ" and "abcde-efghj" are one code. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** What the database keeps: the SHA-256 of the normalised code, in hex. */
    static String hash(String typed) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalise(typed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Whether {@code typed} could be a recovery code at all (not worth a database look-up otherwise). */
    static boolean looksLikeOne(String typed) {
        String code = normalise(typed);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}

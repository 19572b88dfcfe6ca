package dev.triad.account;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which codes count: RFC 6238's own test values, the steps around now, replays, and the recovery codes' rules. */
class TotpCodesUnitTest {

    /** RFC 6238 appendix B's SHA-1 seed. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static long step(long epochSecond) {
        return TotpCodes.stepOf(Instant.ofEpochSecond(epochSecond));
    }

    @Test
    void codesAreThoseOfRfc6238sTestVectorsCutToSixDigits() {
        // appendix B: 94287082, 07081804, 14050471, 89005924, 69279037 (eight digits; apps show the last six)
        assertThat(TotpCodes.codeAt(RFC_SECRET, step(59))).isEqualTo("287082");
        assertThat(TotpCodes.codeAt(RFC_SECRET, step(1111111109))).isEqualTo("081804");
        assertThat(TotpCodes.codeAt(RFC_SECRET, step(1111111111))).isEqualTo("050471");
        assertThat(TotpCodes.codeAt(RFC_SECRET, step(1234567890))).isEqualTo("005924");
        assertThat(TotpCodes.codeAt(RFC_SECRET, step(2000000000))).isEqualTo("279037");
    }

    @Test
    void theCurrentStepAndOneEitherSideAreTakenButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1_700_000_015L);
        long current = TotpCodes.stepOf(now);
        for (long offset = -1; offset <= 1; offset++) {
            String code = TotpCodes.codeAt(RFC_SECRET, current + offset);
            assertThat(TotpCodes.match(RFC_SECRET, code, now, Long.MIN_VALUE))
                    .as("code of step %+d", offset)
                    .hasValue(current + offset);
        }
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, current - 2), now, Long.MIN_VALUE))
                .isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, current + 2), now, Long.MIN_VALUE))
                .isEmpty();
    }

    @Test
    void aStepsBoundaryMovesTheWindow() {
        long current = 56_666_667L;
        Instant lastSecondOfStep = Instant.ofEpochSecond(current * 30 + 29);
        Instant firstSecondOfNext = lastSecondOfStep.plusSeconds(1);
        String previous = TotpCodes.codeAt(RFC_SECRET, current - 1);
        assertThat(TotpCodes.match(RFC_SECRET, previous, lastSecondOfStep, Long.MIN_VALUE))
                .hasValue(current - 1);
        assertThat(TotpCodes.match(RFC_SECRET, previous, firstSecondOfNext, Long.MIN_VALUE))
                .isEmpty();
    }

    @Test
    void aCodeIsNotTakenTwiceNorOneOfAnEarlierStepOnceALaterWasUsed() {
        Instant now = Instant.ofEpochSecond(1_700_000_015L);
        long current = TotpCodes.stepOf(now);
        String code = TotpCodes.codeAt(RFC_SECRET, current);
        assertThat(TotpCodes.match(RFC_SECRET, code, now, current - 1)).hasValue(current);
        // used: the same code again, within its 30 seconds, is nothing
        assertThat(TotpCodes.match(RFC_SECRET, code, now, current)).isEmpty();
        // the next step's code was used (an early phone): the current one is refused too
        assertThat(TotpCodes.match(RFC_SECRET, code, now, current + 1)).isEmpty();
        // but the next step's code still counts after the current one was used
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, current + 1), now, current))
                .hasValue(current + 1);
    }

    @Test
    void theSpacesAnAppShowsDoNotMatterButAnythingElseThanSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(TotpCodes.match(RFC_SECRET, "287 082", now, Long.MIN_VALUE)).isPresent();
        assertThat(TotpCodes.match(RFC_SECRET, " 287082 ", now, Long.MIN_VALUE)).isPresent();
        assertThat(TotpCodes.match(RFC_SECRET, "94287082", now, Long.MIN_VALUE)).isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, "28708", now, Long.MIN_VALUE)).isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, "28708a", now, Long.MIN_VALUE)).isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, "", now, Long.MIN_VALUE)).isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, null, now, Long.MIN_VALUE)).isEmpty();
        assertThat(TotpCodes.match("another secret 12345".getBytes(StandardCharsets.US_ASCII), "287082", now, 0))
                .isEmpty();
    }

    @Test
    void aNewAuthenticatorHasTwentyRandomBytesInBase32AndTheUriAppsRead() {
        NewAuthenticator one = NewAuthenticator.forAccount("hr@demo.triad");
        NewAuthenticator two = NewAuthenticator.forAccount("hr@demo.triad");
        assertThat(one.secret()).matches("[A-Z2-7]{32}").isNotEqualTo(two.secret());
        assertThat(one.secretBytes()).hasSize(20);
        assertThat(NewAuthenticator.encode(one.secretBytes())).isEqualTo(one.secret());
        assertThat(one.keyForTyping()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(one.uri())
                .isEqualTo("otpauth://totp/Triad:hr%40demo.triad?secret=" + one.secret()
                        + "&issuer=Triad&algorithm=SHA1&digits=6&period=30");
        assertThat(one.toString()).doesNotContain(one.secret());
    }

    @Test
    void recoveryCodesAreTenDistinctCodesReadTheSameInAnyCaseOrSpacing() {
        List<String> codes = RecoveryCodeSet.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes).allSatisfy(code -> {
            assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}").doesNotContain("0", "1", "o", "l", "i");
            assertThat(RecoveryCodeSet.looksLikeOne(code)).isTrue();
        });
        String code = codes.get(0);
        String typed = code.toUpperCase(java.util.Locale.ROOT).replace("-", " ");
        assertThat(RecoveryCodeSet.hash(typed))
                .isEqualTo(RecoveryCodeSet.hash(code))
                .hasSize(64);
        assertThat(new HashSet<>(codes.stream().map(RecoveryCodeSet::hash).toList()))
                .hasSize(10);
        assertThat(RecoveryCodeSet.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodeSet.looksLikeOne("abcde-fghjk-m")).isFalse();
        assertThat(RecoveryCodeSet.looksLikeOne(null)).isFalse();
    }
}

package dev.triad.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** NIST SP 800-63B's rule: no composition rules, but nothing attackers try first. */
class PasswordPolicyUnitTest {

    static final PasswordPolicy POLICY = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "Password1234!",
                "qwertyuiop12",
                "1qaz2wsx3edc",
                "iloveyou1234",
                "2024football",
                "aaaaaaaaaaaa",
                "abcdefghijkl",
                "123456789012",
                "987654321098",
                "Triad2026!!!",
                "coaching2026"
            })
    void commonAndPredictablePasswordsAreRefusedWithAReason(String password) {
        assertThat(POLICY.weakness(password))
                .hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a-long-test-password",
                "correct horse battery staple",
                "Tuesday-lantern-oak",
                "ünïcödé pässwörd ✓"
            })
    void passphrasesPassWithoutAnyCompositionRule(String password) {
        assertThat(POLICY.weakness(password)).isEmpty();
    }

    @Test
    void theShippedListIsLoaded() {
        assertThat(POLICY.weakness("dragon123456")).isPresent();
        assertThat(POLICY.weakness("")).isEmpty();
    }
}

package dev.triad.account;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Password guessing is slowed per account and per client address, with one answer whether or not the account exists,
 * and never for good: the window passes, or a password set through an emailed link lets the person straight back in.
 */
@IntegrationTest
class SignInThrottleIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInThrottle throttle;

    ResultActions signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    static String address() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250);
    }

    @Test
    void fiveWrongPasswordsForAnAccountHoldItBackEvenWithTheRightOneUntilTheWindowPasses() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        for (int i = 0; i < 5; i++) {
            signIn(person.getEmail(), "wrong-guess-" + i, address())
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        signIn(person.getEmail(), Fixtures.PASSWORD, address())
                .andExpect(redirectedUrl("/login?throttled"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(containsString("Too many sign-in attempts")))
                .andExpect(content().string(containsString("wait <span>15</span> minutes")));

        // the window passes: the person signs in again
        jdbc.update(
                "update sign_in_failure set failed_at = failed_at - interval '16 minutes' where email = ?",
                person.getEmail());
        signIn(person.getEmail(), Fixtures.PASSWORD, address()).andExpect(authenticated());
    }

    @Test
    void anEmailWithNoAccountIsThrottledExactlyLikeOneWithAnAccount() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.test";
        for (int i = 0; i < 5; i++) {
            signIn(nobody, "wrong-guess-" + i, address()).andExpect(redirectedUrl("/login?error"));
        }
        signIn(nobody, "wrong-guess-6", address()).andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void oneAddressTryingManyAccountsIsHeldBackButOthersAreNot() throws Exception {
        String attacker = address();
        for (int i = 0; i < 30; i++) {
            signIn("target-" + i + "-" + UUID.randomUUID() + "@example.test", "guess", attacker)
                    .andExpect(redirectedUrl("/login?error"));
        }
        User person = fixtures.person(Role.COACH);
        signIn(person.getEmail(), Fixtures.PASSWORD, attacker).andExpect(redirectedUrl("/login?throttled"));
        signIn(person.getEmail(), Fixtures.PASSWORD, address()).andExpect(authenticated());
    }

    @Test
    void aPasswordChangedThroughALinkLetsTheRealPersonStraightBackIn() throws Exception {
        User person = fixtures.person(Role.LEADER);
        for (int i = 0; i < 5; i++) {
            signIn(person.getEmail(), "wrong-guess-" + i, address());
        }
        signIn(person.getEmail(), Fixtures.PASSWORD, address()).andExpect(redirectedUrl("/login?throttled"));
        throttle.on(new PasswordChanged(person.getId()));
        signIn(person.getEmail(), Fixtures.PASSWORD, address()).andExpect(authenticated());
    }
}

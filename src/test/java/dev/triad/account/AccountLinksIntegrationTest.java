package dev.triad.account;

import dev.triad.account.Accounts.PersonDetails;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.util.EnumSet;
import java.util.List;

import static dev.triad.support.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitation and password reset links: single use, expiring, unforgeable, and refused with a page
 * that says why. The raw tokens are read from the events the account module publishes (only their
 * hash is stored).
 */
@IntegrationTest
@RecordApplicationEvents
class AccountLinksIntegrationTest {

    static final String NEW_PASSWORD = "my-chosen-long-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountLinks links;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void clear() {
        events.clear();
    }

    User invited() {
        String email = Fixtures.uniqueEmail("invited");
        return accounts.create(
                new PersonDetails("Ivy Invited", email, null, EnumSet.of(Role.CLIENT), null, null, null), null);
    }

    String invitationPath() {
        List<InvitationIssued> issued = events.stream(InvitationIssued.class).toList();
        assertThat(issued).isNotEmpty();
        return issued.get(issued.size() - 1).path();
    }

    String resetPath() {
        List<PasswordResetRequested> issued =
                events.stream(PasswordResetRequested.class).toList();
        assertThat(issued).isNotEmpty();
        return issued.get(issued.size() - 1).path();
    }

    void setPassword(String path, String password) throws Exception {
        mvc.perform(post(path).with(csrf()).param("newPassword", password).param("confirmPassword", password))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("message", containsString("Your password is set")));
    }

    @Test
    void anInvitedPersonCannotSignInUntilTheyChooseAPasswordThroughTheLink() throws Exception {
        User person = invited();
        String path = invitationPath();
        assertThat(path).startsWith("/account/invitation/");
        assertThat(users.findById(person.getId()).orElseThrow().isMustChangePassword())
                .isTrue();

        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome to Triad")))
                .andExpect(Page.text("[data-test=account-email]", is(person.getEmail())));
        setPassword(path, NEW_PASSWORD);

        assertThat(users.findById(person.getId()).orElseThrow().isMustChangePassword())
                .isFalse();
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(person.getEmail())
                        .password(NEW_PASSWORD))
                .andExpect(authenticated());
        assertThat(events.stream(PasswordChanged.class))
                .extracting(PasswordChanged::userId)
                .contains(person.getId());
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        User person = invited();
        String raw = invitationPath().substring("/account/invitation/".length());
        List<String> stored = jdbc.queryForList(
                "select token_hash from account_token where user_id = ?", String.class, person.getId());
        assertThat(stored).containsExactly(AccountToken.hash(raw)).doesNotContain(raw);
        assertThat(raw).hasSize(43);
    }

    @Test
    void aUsedInvitationLinkIsRefusedTheSecondTime() throws Exception {
        invited();
        String path = invitationPath();
        setPassword(path, NEW_PASSWORD);
        mvc.perform(get(path))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link was already used")));
        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", "another-long-password")
                        .param("confirmPassword", "another-long-password"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link was already used")));
    }

    @Test
    void anExpiredInvitationLinkIsRefusedAndChangesNothing() throws Exception {
        User person = invited();
        String path = invitationPath();
        jdbc.update(
                "update account_token set expires_at = now() - interval '1 minute' where user_id = ?", person.getId());
        mvc.perform(get(path))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has expired")))
                .andExpect(content().string(containsString("Ask for a new one")));
        mvc.perform(post(path).with(csrf()).param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isGone());
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(person.getEmail())
                        .password(NEW_PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void forgedLinksAreNotValid() throws Exception {
        invited();
        String real = invitationPath();
        String forged = real.substring(0, real.length() - 1) + (real.endsWith("A") ? "B" : "A");
        for (String path : List.of(
                forged,
                "/account/invitation/not-a-token",
                "/account/invitation/" + "x".repeat(2000),
                "/account/password-reset/" + "A".repeat(43))) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("This link is not valid")));
        }
        // an invitation token is no reset token
        mvc.perform(get(real.replace("/account/invitation/", "/account/password-reset/")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theNewPasswordFollowsThePasswordRulesAndABadOneLeavesTheLinkUsable() throws Exception {
        invited();
        String path = invitationPath();
        mvc.perform(post(path).with(csrf()).param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use between 12 and 128 characters")));
        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", "something-else-entirely"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two new passwords are not the same")));
        setPassword(path, NEW_PASSWORD);
    }

    @Test
    void hrResendsAnInvitationAndTheOlderLinkStopsWorking() throws Exception {
        User person = invited();
        String first = invitationPath();
        mvc.perform(post("/people/{id}/invitation", person.getId())
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/people/" + person.getId() + "/edit"))
                .andExpect(flash().attribute("message", containsString("A new invitation has been sent")));
        String second = invitationPath();
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(first))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has expired")));
        setPassword(second, NEW_PASSWORD);
    }

    @Test
    void theEditPageOffersToResendOnlyToSomeoneWithoutTheirOwnPassword() throws Exception {
        var hr = fixtures.as(fixtures.hr());
        User invited = invited();
        User settled = fixtures.person(Role.CLIENT);
        mvc.perform(get("/people/{id}/edit", invited.getId()).with(hr))
                .andExpect(content().string(containsString("Resend invitation")));
        mvc.perform(get("/people/{id}/edit", settled.getId()).with(hr))
                .andExpect(content().string(not(containsString("Resend invitation"))));
        mvc.perform(post("/people/{id}/invitation", settled.getId()).with(hr).with(csrf()))
                .andExpect(flash().attribute("error", containsString("has already chosen a password")));
        assertThat(events.stream(InvitationIssued.class))
                .extracting(InvitationIssued::userId)
                .containsExactly(invited.getId());
    }

    @Test
    void theResetPageAnswersTheSameForAKnownAnUnknownAndADeactivatedEmail() throws Exception {
        User known = fixtures.person(Role.COACH);
        User deactivated = fixtures.person(Role.COACH);
        accounts.deactivate(deactivated.getId());
        for (String email : List.of(known.getEmail(), "nobody-" + known.getEmail(), deactivated.getEmail())) {
            mvc.perform(post("/account/password-reset").with(csrf()).param("email", email))
                    .andExpect(redirectedUrl("/account/password-reset/sent"));
        }
        mvc.perform(get("/account/password-reset/sent"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("If an account exists for that address, we have sent a link")));
        assertThat(events.stream(PasswordResetRequested.class))
                .extracting(PasswordResetRequested::userId)
                .containsExactly(known.getId());
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndOlderResetLinksStopWorking() throws Exception {
        User person = fixtures.person(Role.LEADER);
        links.requestPasswordReset(person.getEmail());
        String older = resetPath();
        links.requestPasswordReset(person.getEmail().toUpperCase());
        String newer = resetPath();
        mvc.perform(get(older))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has expired")));
        mvc.perform(get(newer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a new password")));
        setPassword(newer, NEW_PASSWORD);
        mvc.perform(get(newer))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link was already used")))
                .andExpect(content().string(containsString("Ask for a new link")));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(person.getEmail())
                        .password(PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(person.getEmail())
                        .password(NEW_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void anExpiredResetLinkIsRefused() throws Exception {
        User person = fixtures.person(Role.LEADER);
        links.requestPasswordReset(person.getEmail());
        String path = resetPath();
        jdbc.update(
                "update account_token set expires_at = now() - interval '1 second' where user_id = ?", person.getId());
        mvc.perform(get(path))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has expired")));
    }

    @Test
    void aDeactivatedPersonsLinkIsNotValid() throws Exception {
        User person = invited();
        String path = invitationPath();
        accounts.deactivate(person.getId());
        mvc.perform(get(path))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link is not valid")));
    }

    @Test
    void noMoreThanThreeResetLinksAnHourGoToOnePerson() {
        User person = fixtures.person(Role.CLIENT);
        for (int i = 0; i < 5; i++) {
            links.requestPasswordReset(person.getEmail());
        }
        assertThat(events.stream(PasswordResetRequested.class)).hasSize(AccountLinks.RESETS_PER_HOUR);
    }

    @Test
    void theLinkPagesAndTheResetFormNeedNoSignInAndTheLoginPageLinksToIt() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(Page.texts("a[href=/account/password-reset]", hasItem("Forgot your password?")));
        mvc.perform(get("/account/password-reset"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Forgot your password?")));
        mvc.perform(post("/account/password-reset").with(csrf()).param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a valid email address")));
    }
}

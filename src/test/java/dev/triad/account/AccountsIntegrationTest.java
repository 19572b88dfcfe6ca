package dev.triad.account;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static dev.triad.support.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    Users users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aPersonSignsInWithEmailAndPasswordInAnyCase() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(client.getEmail().toUpperCase())
                        .password(PASSWORD))
                .andExpect(authenticated().withUsername(client.getEmail()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(client.getEmail())
                        .password("wrong-password-123"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("nobody@nowhere.example")
                        .password("wrong-password-123"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aDeactivatedPersonCannotSignIn() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        User hr = fixtures.hr();
        mvc.perform(post("/people/{id}/deactivate", client.getId())
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andExpect(redirectedUrl("/people"));
        assertThat(users.findById(client.getId()).orElseThrow().isActive()).isFalse();
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(client.getEmail())
                        .password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/people/{id}/reactivate", client.getId())
                .with(fixtures.as(hr))
                .with(csrf()));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(client.getEmail())
                        .password(PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void deactivatingAPersonGoesThroughAConfirmationStepThatSaysWhatHappens() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        User hr = fixtures.hr();
        mvc.perform(get("/people").param("q", client.getEmail()).with(fixtures.as(hr)))
                .andExpect(Page.count("a[href=/people/" + client.getId() + "/deactivate]", greaterThan(0)))
                .andExpect(
                        content().string(not(containsString("action=\"/people/" + client.getId() + "/deactivate\""))));
        mvc.perform(get("/people/{id}/deactivate", client.getId()).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(Page.count("#deactivate-effect", is(1)))
                .andExpect(Page.count("form[action=/people/" + client.getId() + "/deactivate]", is(1)));
        assertThat(users.findById(client.getId()).orElseThrow().isActive()).isTrue();
        mvc.perform(get("/people/{id}/deactivate", hr.getId()).with(fixtures.as(hr)))
                .andExpect(redirectedUrl("/people"));
        mvc.perform(get("/people/{id}/deactivate", client.getId()).with(fixtures.as(client)))
                .andExpect(status().isForbidden());
    }

    @Test
    void hrCannotDeactivateTheirOwnAccount() throws Exception {
        User hr = fixtures.hr();
        mvc.perform(post("/people/{id}/deactivate", hr.getId())
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andExpect(redirectedUrl("/people"));
        assertThat(users.findById(hr.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void hrCreatesAPersonWhoMustReplaceTheOneTimePasswordAtFirstSignIn() throws Exception {
        User hr = fixtures.hr();
        String email = Fixtures.uniqueEmail("new-coach");
        mvc.perform(post("/people")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("fullName", "Nadia Coach")
                        .param("email", email)
                        .param("title", "Coach")
                        .param("roles", "COACH")
                        .param("initialPassword", "one-time-password-1")
                        .param("specialities", "delegation, influence")
                        .param("languages", "English")
                        .param("capacity", "5"))
                .andExpect(redirectedUrl("/people"));
        User created = users.findByEmail(email).orElseThrow();
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(accounts.coachProfile(created.getId()))
                .get()
                .extracting(CoachProfile::getCapacity)
                .isEqualTo(5);

        MvcResult login = mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password("one-time-password-1"))
                .andExpect(authenticated())
                .andReturn();
        // sessions live in the database: the cookie names the signed-in session
        Cookie session = login.getResponse().getCookie("TRIAD_SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/engagements/1").cookie(session)).andExpect(redirectedUrl("/account/password"));

        MvcResult changed = mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "one-time-password-1")
                        .param("newPassword", "my-own-long-password")
                        .param("confirmPassword", "my-own-long-password"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        // the session goes on under a new id (a new password ends the others and rotates this one's)
        Cookie rotated = changed.getResponse().getCookie("TRIAD_SESSION");
        assertThat(rotated.getValue()).isNotEqualTo(session.getValue());
        mvc.perform(get("/").cookie(rotated)).andExpect(status().isOk());
        assertThat(users.findByEmail(email).orElseThrow().isMustChangePassword())
                .isFalse();
        mvc.perform(formLogin("/login").userParameter("email").user(email).password("my-own-long-password"))
                .andExpect(authenticated());
    }

    @Test
    void changingPasswordChecksTheCurrentOneTheLengthAndTheConfirmation() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        var me = fixtures.as(client);
        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("currentPassword", "not-my-password")
                        .param("newPassword", "a-brand-new-password")
                        .param("confirmPassword", "a-brand-new-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The current password is not correct")));
        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use between 12 and 128 characters")));
        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "a-brand-new-password")
                        .param("confirmPassword", "a-different-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two new passwords are not the same")));
    }

    @Test
    void thePersonFormShowsEachProblemNextToItsField() throws Exception {
        User hr = fixtures.hr();
        mvc.perform(post("/people")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("fullName", "")
                        .param("email", "not-an-email")
                        .param("initialPassword", "short")
                        .param("roles", "COACH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the person’s name")))
                .andExpect(content().string(containsString("Enter a valid email address")))
                .andExpect(content().string(containsString("Use between 12 and 128 characters")))
                .andExpect(content().string(containsString("Say how many active engagements this coach can take")));
        mvc.perform(post("/people")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("fullName", "No Role")
                        .param("email", Fixtures.uniqueEmail("norole"))
                        .param("initialPassword", "one-time-password-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one role")));
        mvc.perform(post("/people")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("fullName", "Bad Role")
                        .param("email", Fixtures.uniqueEmail("badrole"))
                        .param("roles", "SUPERUSER")
                        .param("initialPassword", "one-time-password-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void anEmailCanBelongToOnlyOnePersonWhateverItsCase() throws Exception {
        User existing = fixtures.person(Role.CLIENT);
        mvc.perform(post("/people")
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("fullName", "Copy")
                        .param("email", existing.getEmail().toUpperCase())
                        .param("roles", "CLIENT")
                        .param("initialPassword", "one-time-password-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An account with this email already exists")));
    }

    @Test
    void scriptsInANameAreStoredAsTextAndShownEscaped() throws Exception {
        String email = Fixtures.uniqueEmail("xss");
        mvc.perform(post("/people")
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("fullName", "<script>alert(1)</script>")
                        .param("email", email)
                        .param("roles", "CLIENT")
                        .param("initialPassword", "one-time-password-1"))
                .andExpect(redirectedUrl("/people"));
        mvc.perform(get("/people").param("q", email).with(fixtures.as(fixtures.hr())))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void hugeTextAndControlCharactersAreRefusedWithAMessage() throws Exception {
        mvc.perform(post("/people")
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("fullName", "x".repeat(100_000))
                        .param("email", Fixtures.uniqueEmail("big"))
                        .param("title", "Null\u0000byte")
                        .param("roles", "CLIENT")
                        .param("initialPassword", "one-time-password-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at most 120 characters")))
                .andExpect(content().string(containsString("Use letters, digits and punctuation only")));
    }

    @Test
    void hrEditsAPersonsRolesAndCoachProfile() throws Exception {
        User person = fixtures.person(Role.LEADER);
        mvc.perform(get("/people/{id}/edit", person.getId()).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andExpect(Page.value("#fullName", is(person.getFullName())));
        mvc.perform(post("/people/{id}", person.getId())
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("version", String.valueOf(person.getVersion()))
                        .param("fullName", "Renamed Person")
                        .param("email", person.getEmail())
                        .param("roles", "LEADER")
                        .param("roles", "COACH")
                        .param("specialities", "resilience")
                        .param("languages", "Dutch")
                        .param("capacity", "4"))
                .andExpect(redirectedUrl("/people"));
        User updated = users.findWithRoles(person.getId()).orElseThrow();
        assertThat(updated.getFullName()).isEqualTo("Renamed Person");
        assertThat(updated.getEmail()).isEqualTo(person.getEmail());
        assertThat(updated.getRoles()).containsExactlyInAnyOrder(Role.LEADER, Role.COACH);
        assertThat(accounts.coachProfile(person.getId()))
                .get()
                .extracting(CoachProfile::getLanguages)
                .isEqualTo("Dutch");
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where recipient_user_id = ? and kind = 'EMAIL_CHANGED'",
                        Integer.class,
                        person.getId()))
                .isZero();
        mvc.perform(get("/people/{id}/edit", Long.MAX_VALUE).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isNotFound());
    }

    @Test
    void rolesAreNamedInPeoplesWordsOnThePeoplePages() throws Exception {
        User hr = fixtures.hr();
        mvc.perform(get("/people").param("q", hr.getEmail()).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(Page.texts("[data-test=HR_ADMIN]", hasItem("HR administrator")))
                .andExpect(content().string(not(containsString(">HR_ADMIN<"))));
        mvc.perform(get("/people/{id}/edit", hr.getId()).with(fixtures.as(hr)))
                .andExpect(Page.texts("label", hasItem("HR administrator")))
                .andExpect(content().string(not(containsString(">HR_ADMIN<"))));
    }

    @Test
    void hrChangesAPersonsEmailAndTheySignInWithTheNewOneOnly() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        User hr = fixtures.hr();
        String oldEmail = person.getEmail();
        String newEmail = Fixtures.uniqueEmail("moved");
        mvc.perform(get("/people/{id}/edit", person.getId()).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(Page.count("#email", is(1)));
        mvc.perform(post("/people/{id}", person.getId())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("version", String.valueOf(person.getVersion()))
                        .param("fullName", person.getFullName())
                        .param("email", "  " + newEmail.toUpperCase() + " ")
                        .param("roles", "CLIENT"))
                .andExpect(redirectedUrl("/people"));
        assertThat(users.findById(person.getId()).orElseThrow().getEmail()).isEqualTo(newEmail);

        mvc.perform(formLogin("/login").userParameter("email").user(oldEmail).password(PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").userParameter("email").user(newEmail).password(PASSWORD))
                .andExpect(authenticated().withUsername(newEmail));

        // both addresses are told, each by its own mail
        assertThat(jdbc.queryForList(
                        "select recipient_email from outbox_message where kind = 'EMAIL_CHANGED' "
                                + "and (recipient_email = ? or recipient_email = ?)",
                        String.class,
                        oldEmail,
                        newEmail))
                .containsExactlyInAnyOrder(oldEmail, newEmail);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'EMAIL_CHANGED' and subject = ? "
                                + "and actor_email = ? and details like ? and details like ?",
                        Integer.class,
                        "person " + person.getId(),
                        hr.getEmail(),
                        "%" + oldEmail + "%",
                        "%" + newEmail + "%"))
                .isEqualTo(1);
    }

    @Test
    void anEmailTakenByAnotherPersonIsRefusedNextToTheFieldWhateverItsCase() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        User other = fixtures.person(Role.COACH);
        mvc.perform(post("/people/{id}", person.getId())
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("version", String.valueOf(person.getVersion()))
                        .param("fullName", person.getFullName())
                        .param("email", other.getEmail().toUpperCase())
                        .param("roles", "CLIENT"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#email-error", is(1)))
                .andExpect(content().string(containsString("An account with this email already exists")));
        assertThat(users.findById(person.getId()).orElseThrow().getEmail()).isEqualTo(person.getEmail());
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where kind = 'EMAIL_CHANGED' and recipient_user_id = ?",
                        Integer.class,
                        person.getId()))
                .isZero();
    }
}

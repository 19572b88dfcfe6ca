package dev.triad.account;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Instant;

import static dev.triad.support.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every signed-in person's account page: who they are, the zone Triad shows their times in (the next page reads in a
 * zone they choose, at once), and the offer to switch to the browser's zone. The tests run with the organisation's
 * default zone Etc/UTC.
 */
@IntegrationTest
class AccountPageIntegrationTest {

    /** 08:00 UTC on 1 July: 04:00 in New York (EDT), 16:00 in Singapore. */
    private static final Instant JULY_FIRST_0800_UTC = Instant.parse("2026-07-01T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRoleOpensTheirAccountPageWithTheirZoneAndTheLinksThatConcernThem() throws Exception {
        for (Role role : Role.values()) {
            User person = fixtures.person(role);
            Page page = Page.of(mvc.perform(get("/account").with(fixtures.as(person)))
                    .andExpect(status().isOk())
                    .andReturn());
            assertThat(page.text("h1")).isEqualTo("Your account");
            assertThat(page.text("#account-name")).isEqualTo(person.getFullName());
            assertThat(page.text("#account-email")).isEqualTo(person.getEmail());
            assertThat(page.text("#reading-zone-id")).isEqualTo("Etc/UTC");
            assertThat(page.one("#timeZone option[selected]").val()).isEmpty();
            assertThat(page.one("#timeZone option[value='']").text()).isEqualTo("Organisation default (Etc/UTC)");
            assertThat(page.all("#timeZone option[value='America/New_York']")).hasSize(1);
            assertThat(page.all("#timeZone option[value='Mars/Olympus']")).isEmpty();
            assertThat(page.has("#link-password") && page.has("#link-calendar") && page.has("#link-notifications"))
                    .as(role + " has the password, calendar and notification links")
                    .isTrue();
            assertThat(page.has("#link-meeting-link"))
                    .as(role + " sees the meeting link")
                    .isEqualTo(role == Role.COACH);
            assertThat(page.one("#nav-account").attr("href")).isEqualTo("/account");
        }
    }

    @Test
    void aChosenZoneIsSavedAndTheNextPageReadsInItAtOnce() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        Cookie session = signIn(client);
        jdbc.update(
                "insert into app_notification (user_id, kind, text, link, created_at) values (?, 'PASSWORD_CHANGED', ?, '/', ?)",
                client.getId(),
                "Your password was changed.",
                Timestamp.from(JULY_FIRST_0800_UTC));
        assertThat(notificationTime(session)).isEqualTo("1 Jul 2026, 08:00");

        mvc.perform(post("/account/time-zone").cookie(session).with(csrf()).param("timeZone", "America/New_York"))
                .andExpect(redirectedUrl("/account"));

        assertThat(notificationTime(session)).isEqualTo("1 Jul 2026, 04:00");
        assertThat(users.findById(client.getId()).orElseThrow().zoneOr(null).getId())
                .isEqualTo("America/New_York");
        Page account = Page.of(mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(account.text("#reading-zone-id")).isEqualTo("America/New_York");
        assertThat(account.one("#timeZone option[selected]").val()).isEqualTo("America/New_York");
        assertThat(account.text("[role=status]")).isEqualTo("Triad now shows your times in America/New_York.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'TIME_ZONE_CHANGED' and actor_email = ? and details like ?",
                        Long.class,
                        client.getEmail(),
                        "%America/New_York"))
                .isEqualTo(1L);

        // blank: back to the organisation's default
        mvc.perform(post("/account/time-zone").cookie(session).with(csrf()).param("timeZone", ""))
                .andExpect(redirectedUrl("/account"));
        assertThat(notificationTime(session)).isEqualTo("1 Jul 2026, 08:00");
        assertThat(users.findById(client.getId()).orElseThrow().hasOwnTimeZone())
                .isFalse();
    }

    @Test
    void aMadeUpZoneGetsAMessageNextToTheFieldAndNothingIsSaved() throws Exception {
        User coach = fixtures.person(Role.COACH);
        for (String zone : new String[] {"Mars/Olympus", "<script>alert(1)</script>", "Etc/GMT+5", "SystemV/EST5"}) {
            String html = mvc.perform(post("/account/time-zone")
                            .with(fixtures.as(coach))
                            .with(csrf())
                            .param("timeZone", zone))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Page page = Page.of(html);
            assertThat(page.text("#timeZone-error")).as(zone).contains("is not a time zone Triad knows");
            assertThat(page.one("#timeZone").attr("aria-invalid")).isEqualTo("true");
            assertThat(html).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(users.findById(coach.getId()).orElseThrow().hasOwnTimeZone()).isFalse();
    }

    @Test
    void changingTheZoneNeedsTheFormsCsrfTokenAndASignedInPerson() throws Exception {
        User leader = fixtures.person(Role.LEADER);
        mvc.perform(post("/account/time-zone").with(fixtures.as(leader)).param("timeZone", "Asia/Singapore"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/time-zone").with(csrf()).param("timeZone", "Asia/Singapore"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        assertThat(users.findById(leader.getId()).orElseThrow().hasOwnTimeZone())
                .isFalse();
    }

    @Test
    void theOfferCarriesTheStoredZoneUntilThePersonAnswersItInThisSession() throws Exception {
        User leader = fixtures.person(Role.LEADER);
        Cookie session = signIn(leader);
        Page home = home(session);
        assertThat(home.one("#time-zone-offer").attr("data-time-zone")).isEqualTo("Etc/UTC");
        assertThat(home.one("#time-zone-offer").hasAttr("hidden"))
                .as("only the script shows it")
                .isTrue();
        assertThat(home.all("#time-zone-offer form[action='/account/time-zone'] input[name=_csrf]"))
                .hasSize(1);

        mvc.perform(post("/account/time-zone/keep").cookie(session).with(csrf()).param("back", "/notifications"))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(home(session).has("#time-zone-offer")).isFalse();
        assertThat(users.findById(leader.getId()).orElseThrow().hasOwnTimeZone())
                .isFalse();

        // a new sign-in asks again; accepting the offer answers it too
        Cookie next = signIn(leader);
        assertThat(home(next).has("#time-zone-offer")).isTrue();
        mvc.perform(post("/account/time-zone")
                        .cookie(next)
                        .with(csrf())
                        .param("timeZone", "Asia/Singapore")
                        .param("offer", "true"))
                .andExpect(redirectedUrl("/account"));
        assertThat(home(next).has("#time-zone-offer")).isFalse();
        assertThat(users.findById(leader.getId()).orElseThrow().zoneOr(null).getId())
                .isEqualTo("Asia/Singapore");
    }

    @Test
    void keepingTheZoneGoesBackOnlyToAPageOfTriad() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        // the offer's form writes the page it is on; anything else did not come from it
        for (String back :
                new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"}) {
            mvc.perform(post("/account/time-zone/keep")
                            .with(fixtures.as(client))
                            .with(csrf())
                            .param("back", back))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/account/time-zone/keep")
                        .with(fixtures.as(client))
                        .with(csrf())
                        .param("back", "/engagements/1?tab=goals"))
                .andExpect(redirectedUrl("/engagements/1?tab=goals"));
    }

    @Test
    void theOfferScriptIsServedAndTheLayoutHasNoInlineScript() throws Exception {
        mvc.perform(get("/js/time-zone.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("javascript")))
                .andExpect(content().string(containsString("Intl.DateTimeFormat().resolvedOptions().timeZone")));
        Page page = Page.of(mvc.perform(get("/account").with(fixtures.as(fixtures.person(Role.CLIENT))))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.all("script[src='/js/time-zone.js']")).hasSize(1);
        assertThat(page.all("script:not([src])")).isEmpty();
        assertThat(page.all("[onclick], [onload], [onsubmit], [onchange]")).isEmpty();
    }

    private Cookie signIn(User person) throws Exception {
        return mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(person.getEmail())
                        .password(PASSWORD))
                .andReturn()
                .getResponse()
                .getCookie("TRIAD_SESSION");
    }

    private Page home(Cookie session) throws Exception {
        return Page.of(
                mvc.perform(get("/").cookie(session)).andExpect(status().isOk()).andReturn());
    }

    private String notificationTime(Cookie session) throws Exception {
        Page page = Page.of(mvc.perform(get("/notifications").cookie(session))
                .andExpect(status().isOk())
                .andReturn());
        return page.text("#notifications li small");
    }
}

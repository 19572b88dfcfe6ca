package dev.triad.account.web;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 19, video and place: a coach's default meeting link, https only. */
@IntegrationTest
class MeetingLinkIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    String storedLink(User user) {
        return jdbc.queryForObject("select meeting_link from app_user where id = ?", String.class, user.getId());
    }

    @Test
    void aCoachSavesAHttpsLinkAndSeesItOnTheForm() throws Exception {
        User coach = fixtures.person(Role.COACH);
        mvc.perform(post("/account/meeting-link")
                        .with(fixtures.as(coach))
                        .with(csrf())
                        .param("meetingLink", " https://meet.example.org/coach-room "))
                .andExpect(redirectedUrl("/account/meeting-link"));
        assertThat(storedLink(coach)).isEqualTo("https://meet.example.org/coach-room");
        mvc.perform(get("/account/meeting-link").with(fixtures.as(coach)))
                .andExpect(status().isOk())
                .andExpect(Page.value("#meetingLink", is("https://meet.example.org/coach-room")));

        mvc.perform(post("/account/meeting-link")
                        .with(fixtures.as(coach))
                        .with(csrf())
                        .param("meetingLink", ""))
                .andExpect(redirectedUrl("/account/meeting-link"));
        assertThat(storedLink(coach)).isNull();
    }

    @Test
    void anythingButAHttpsLinkIsRefusedWithAMessageNextToTheField() throws Exception {
        User coach = fixtures.person(Role.COACH);
        for (String link : new String[] {
            "http://meet.example.org/room",
            "javascript:alert(1)",
            "data:text/html,hi",
            "https://meet.example.org/a room",
            "https://",
            "https://meet.example.org/" + "x".repeat(480)
        }) {
            mvc.perform(post("/account/meeting-link")
                            .with(fixtures.as(coach))
                            .with(csrf())
                            .param("meetingLink", link))
                    .andExpect(status().isOk())
                    .andExpect(Page.count("#meetingLink-error", is(1)))
                    .andExpect(Page.text("#meetingLink-error", containsString("https://")));
            assertThat(storedLink(coach)).as(link).isNull();
        }
    }

    @Test
    void onlyACoachHasADefaultMeetingLink() throws Exception {
        for (Role role : new Role[] {Role.CLIENT, Role.LEADER, Role.HR_ADMIN}) {
            User person = fixtures.person(role);
            mvc.perform(get("/account/meeting-link").with(fixtures.as(person))).andExpect(status().isForbidden());
            mvc.perform(post("/account/meeting-link")
                            .with(fixtures.as(person))
                            .with(csrf())
                            .param("meetingLink", "https://meet.example.org/x"))
                    .andExpect(status().isForbidden());
            assertThat(storedLink(person)).isNull();
        }
    }
}

package dev.triad.account;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HR sets a person's time zone when adding or editing them; the organisation's default unless HR chooses one. */
@IntegrationTest
class PersonTimeZoneIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Test
    void hrAddsAPersonInTheirZoneAndSeesItOnTheListAndTheirPage() throws Exception {
        User hr = fixtures.hr();
        Page blank = Page.of(mvc.perform(get("/people/new").with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(blank.one("#timeZone option[selected]").val())
                .as("the organisation's default")
                .isEmpty();
        assertThat(blank.text("label[for=timeZone]")).isEqualTo("Time zone");

        String email = Fixtures.uniqueEmail("singapore");
        mvc.perform(post("/people")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("fullName", "Sun Li")
                        .param("email", email)
                        .param("roles", "LEADER")
                        .param("timeZone", "Asia/Singapore"))
                .andExpect(redirectedUrl("/people"));
        User created = users.findByEmail(email).orElseThrow();
        assertThat(created.zoneOr(null).getId()).isEqualTo("Asia/Singapore");

        Page list = Page.of(mvc.perform(get("/people").param("q", email).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(list.texts(".person-zone")).containsExactly("Asia/Singapore");
        Page edit =
                Page.of(mvc.perform(get("/people/{id}/edit", created.getId()).with(fixtures.as(hr)))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(edit.one("#timeZone option[selected]").val()).isEqualTo("Asia/Singapore");

        User other = fixtures.person(Role.CLIENT);
        Page others =
                Page.of(mvc.perform(get("/people").param("q", other.getEmail()).with(fixtures.as(hr)))
                        .andReturn());
        assertThat(others.texts(".person-zone")).containsExactly("Organisation default (Etc/UTC)");
    }

    @Test
    void hrChangesAZoneAndAMadeUpOneGetsAMessageWithNothingSaved() throws Exception {
        User hr = fixtures.hr();
        User coach = fixtures.person(Role.COACH);
        Page page = Page.of(mvc.perform(post("/people/{id}", coach.getId())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("version", String.valueOf(version(coach)))
                        .param("profileVersion", "0")
                        .param("fullName", coach.getFullName())
                        .param("email", coach.getEmail())
                        .param("roles", "COACH")
                        .param("capacity", "10")
                        .param("timeZone", "Mars/Olympus"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.text("#timeZone-error")).isEqualTo("Choose a time zone from the list, such as Europe/London");
        assertThat(users.findById(coach.getId()).orElseThrow().hasOwnTimeZone()).isFalse();

        mvc.perform(post("/people/{id}", coach.getId())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("version", String.valueOf(version(coach)))
                        .param("profileVersion", "0")
                        .param("fullName", coach.getFullName())
                        .param("email", coach.getEmail())
                        .param("roles", "COACH")
                        .param("capacity", "10")
                        .param("timeZone", "Europe/London"))
                .andExpect(redirectedUrl("/people"));
        assertThat(users.findById(coach.getId()).orElseThrow().zoneOr(null).getId())
                .isEqualTo("Europe/London");
    }

    @Test
    void noOneButHrSetsAnotherPersonsZone() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        for (Role role : new Role[] {Role.CLIENT, Role.COACH, Role.LEADER}) {
            mvc.perform(post("/people/{id}", person.getId())
                            .with(fixtures.as(fixtures.person(role)))
                            .with(csrf())
                            .param("version", String.valueOf(version(person)))
                            .param("fullName", person.getFullName())
                            .param("email", person.getEmail())
                            .param("roles", "CLIENT")
                            .param("timeZone", "Asia/Singapore"))
                    .andExpect(status().isForbidden());
        }
        assertThat(users.findById(person.getId()).orElseThrow().hasOwnTimeZone())
                .isFalse();
    }

    private long version(User user) {
        return users.findById(user.getId()).orElseThrow().getVersion();
    }
}

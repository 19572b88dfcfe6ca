package dev.triad.account;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two HR administrators save the same person from the same page version: the second gets a 409 that keeps their text. */
@IntegrationTest
class PersonStaleSaveIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Autowired
    Accounts accounts;

    @Test
    void aStalePersonEditIsA409ThatShowsTheTypedDetailsBesideTheSavedOnes() throws Exception {
        User person = fixtures.person(Role.COACH);
        String opened =
                String.valueOf(users.findWithRoles(person.getId()).orElseThrow().getVersion());
        String openedProfile = accounts.coachProfile(person.getId())
                .map(p -> String.valueOf(p.getVersion()))
                .orElse("");
        mvc.perform(save(person, fixtures.hr(), opened, openedProfile, "Dana Saved-First", "12"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save(person, fixtures.hr(), opened, openedProfile, "Dana Typed-Second", "3"))
                .andExpect(status().isConflict())
                .andExpect(Page.text("#conflict h2", is("Someone else saved this person after you opened it")))
                .andExpect(Page.texts("#conflict .stale-edit-typed", hasItem(containsString("Dana Typed-Second"))))
                .andExpect(Page.texts("#conflict .stale-edit-stored", hasItem(containsString("Dana Saved-First"))));
        assertThat(users.findWithRoles(person.getId()).orElseThrow().getFullName())
                .isEqualTo("Dana Saved-First");
        assertThat(accounts.coachProfile(person.getId()).orElseThrow().getCapacity())
                .isEqualTo(12);
    }

    @Test
    void choosingANewPasswordDoesNotMakeHrsOpenFormStale() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        String opened =
                String.valueOf(users.findWithRoles(person.getId()).orElseThrow().getVersion());
        accounts.changeOwnPassword(fixtures.principal(person), Fixtures.PASSWORD, "another-long-password-42");
        mvc.perform(post("/people/{id}", person.getId())
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("version", opened)
                        .param("email", person.getEmail())
                        .param("fullName", "Renamed Client")
                        .param("roles", "CLIENT"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findWithRoles(person.getId()).orElseThrow().getFullName())
                .isEqualTo("Renamed Client");
    }

    private MockHttpServletRequestBuilder save(
            User person, User hr, String version, String profileVersion, String name, String capacity) {
        return post("/people/{id}", person.getId())
                .with(fixtures.as(hr))
                .with(csrf())
                .param("version", version)
                .param("email", person.getEmail())
                .param("fullName", name)
                .param("roles", "COACH")
                .param("capacity", capacity)
                .param("profileVersion", profileVersion);
    }
}

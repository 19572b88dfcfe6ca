package dev.triad.account;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without a provider configured (the shared test context has none), single sign-on is not there at all: no buttons,
 * no OAuth2 endpoints, and password sign-in as before for every domain.
 */
@IntegrationTest
class SingleSignOnNotConfiguredIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ObjectProvider<ClientRegistrationRepository> registrations;

    @Test
    void theSignInPageShowsNoSingleSignOnAndTheOAuthAddressesAreJustPagesThatNeedASignIn() throws Exception {
        assertThat(registrations.getIfAvailable()).isNull();
        String page = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dev.triad.support.Page.of(page).all("#sso-providers")).isEmpty();
        // no provider's button ("Sign in with a passkey" is another way in, and stays)
        assertThat(page).doesNotContain("/oauth2/authorization/");
        mvc.perform(get("/oauth2/authorization/acme")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/oauth2/code/acme").param("code", "x").param("state", "y"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void passwordSignInWorksForEveryDomainAndTheRefusalPageStillSpeaksPlainly() throws Exception {
        User person = fixtures.person(Role.COACH);
        mvc.perform(formLogin("/login").user("email", person.getEmail()).password(Fixtures.PASSWORD))
                .andExpect(authenticated().withUsername(person.getEmail()));
        mvc.perform(get("/login/sso-refused"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Single sign-on did not sign you in")));
    }
}

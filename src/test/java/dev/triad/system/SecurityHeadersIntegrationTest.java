package dev.triad.system;

import dev.triad.account.Role;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityHeadersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyAndTheOtherHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/people").with(user(fixtures.principal(fixtures.hr())))
                        .param("fullName", "No Token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theForbiddenAndNotFoundPagesAreFriendlyAndLeakNothing() throws Exception {
        var client = user(fixtures.principal(fixtures.person(Role.CLIENT)));
        mvc.perform(get("/people").with(client)).andExpect(status().isForbidden());
        mvc.perform(get("/no-such-page").with(client)).andExpect(status().isNotFound());
    }

    @Test
    void theLoginPageHidesDemoLoginsWhenDemoDataIsOff() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("Demo logins"))));
    }
}

package dev.triad.system;

import dev.triad.account.Role;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
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
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("script-src 'self'"),
                                        containsString("frame-ancestors 'none'"),
                                        not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void everyResponseDeniesTheBrowserFeaturesTriadNeverUses() throws Exception {
        var client = fixtures.as(fixtures.person(Role.CLIENT));
        for (var request : java.util.List.of(
                get("/login"),
                get("/").with(client),
                get("/no-such-page").with(client),
                get("/people").with(client),
                get("/css/triad.css"),
                get("/robots.txt"),
                get("/favicon.ico"),
                get("/engagements/1"))) {
            mvc.perform(request)
                    .andExpect(header().string(
                                    "Permissions-Policy",
                                    allOf(
                                            containsString("camera=()"),
                                            containsString("microphone=()"),
                                            containsString("geolocation=()"),
                                            containsString("payment=()"),
                                            containsString("usb=()"))));
        }
    }

    @Test
    void robotsTxtTellsEveryCrawlerToStayOutWithoutAskingToSignIn() throws Exception {
        mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/plain")))
                .andExpect(content().string("User-agent: *\nDisallow: /\n"));
    }

    @Test
    void theIconIsServedToAnyoneAndLinkedFromEveryPage() throws Exception {
        byte[] ico = mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/x-icon"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // an ICONDIR (reserved 0, type 1 = icon, one image) whose image is a PNG
        org.assertj.core.api.Assertions.assertThat(java.util.Arrays.copyOf(ico, 6))
                .containsExactly(0, 0, 1, 0, 1, 0);
        org.assertj.core.api.Assertions.assertThat(java.util.Arrays.copyOfRange(ico, 22, 26))
                .containsExactly(0x89, 'P', 'N', 'G');
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(ico, 22, ico.length - 22));
        org.assertj.core.api.Assertions.assertThat(image.getWidth()).isEqualTo(32);

        String svg = mvc.perform(get("/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/svg+xml"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var root = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)))
                .getDocumentElement();
        org.assertj.core.api.Assertions.assertThat(root.getTagName()).isEqualTo("svg");

        mvc.perform(get("/login"))
                .andExpect(Page.count("head link[rel=icon][href=/favicon.svg][type=image/svg+xml]", is(1)));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/people").with(fixtures.as(fixtures.hr())).param("fullName", "No Token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theForbiddenAndNotFoundPagesAreFriendlyAndLeakNothing() throws Exception {
        var client = fixtures.as(fixtures.person(Role.CLIENT));
        mvc.perform(get("/people").with(client)).andExpect(status().isForbidden());
        mvc.perform(get("/no-such-page").with(client)).andExpect(status().isNotFound());
    }

    @Test
    void theLoginPageHidesDemoLoginsWhenDemoDataIsOff() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("Demo logins"))));
    }
}

package dev.triad.scim;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who reaches SCIM: a token HR made on the tokens page (shown once, only its hash kept), not revoked, presented as a
 * bearer token; nobody else, not even a signed-in HR administrator, and every refusal is audited. The page is HR's.
 */
@IntegrationTest
class ScimTokensIntegrationTest {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\"[^>]*value=\"([A-Za-z0-9_-]{43})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScimTokenService tokens;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    int refusalsAudited() {
        return jdbc.queryForObject("select count(*) from audit_entry where kind = 'SCIM_REFUSED'", Integer.class);
    }

    MvcResult users(String authorization) throws Exception {
        var request = get("/scim/v2/Users").param("count", "1");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request).andReturn();
    }

    static void assertUnauthorized(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getHeader("Location")).isNull();
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(result.getResponse().getContentType()).startsWith("application/scim+json");
        assertThat(result.getResponse().getContentAsString())
                .contains("\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"]")
                .contains("\"status\":\"401\"");
    }

    @Test
    void withoutAValidBearerTokenEveryRequestIsA401InScimsFormatAndAudited() throws Exception {
        String revoked = tokens.issue("Old IdP " + unique(), "hr@test.triad").secret();
        Long revokedId = jdbc.queryForObject(
                "select id from scim_token where token_hash = ?", Long.class, ScimTokenService.hash(revoked));
        tokens.revoke(revokedId, "hr@test.triad");
        for (String authorization : new String[] {
            null,
            "",
            "Bearer",
            "Bearer " + "A".repeat(43),
            "Bearer " + revoked,
            "Basic dXNlcjpwYXNz",
            "Bearer " + revoked + " extra",
            "Bearer " + "x".repeat(500)
        }) {
            int before = refusalsAudited();
            assertUnauthorized(users(authorization));
            assertThat(refusalsAudited()).as(String.valueOf(authorization)).isEqualTo(before + 1);
        }
        assertThat(jdbc.queryForList(
                        "select details from audit_entry where kind = 'SCIM_REFUSED' order by id desc limit 20",
                        String.class))
                .contains("unknown token", "no bearer token", "not a bearer token")
                .anySatisfy(details -> assertThat(details).startsWith("revoked token \"Old IdP"))
                .noneMatch(details -> details.contains(revoked));
        // a control character in a header is refused before any chain (Spring Security's firewall): 400, not a page
        assertThat(users("Bearer \u0000").getResponse().getStatus()).isEqualTo(400);
        for (String path : List.of(
                "/scim/v2/Users/1", "/scim/v2/ServiceProviderConfig", "/scim/v2/Schemas", "/scim/v2/ResourceTypes")) {
            assertUnauthorized(mvc.perform(get(path)).andReturn());
        }
    }

    @Test
    void aSignedInPersonsSessionIsNoTokenNotEvenAnHrAdministrators() throws Exception {
        User hr = fixtures.hr();
        assertUnauthorized(
                mvc.perform(get("/scim/v2/Users").with(fixtures.as(hr))).andReturn());
        assertUnauthorized(mvc.perform(post("/scim/v2/Users")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .contentType("application/scim+json")
                        .content("{}"))
                .andReturn());
    }

    @Test
    void aValidTokenNeedsNoCsrfTokenAndMakesNoSession() throws Exception {
        String token = tokens.issue("Okta " + unique(), "hr@test.triad").secret();
        MvcResult created = mvc.perform(post("/scim/v2/Users")
                        .header("Authorization", "bearer " + token)
                        .contentType("application/scim+json")
                        .content("""
                                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                                 "userName":"csrf-free-%s@example.com","displayName":"No Cookie"}""".formatted(unique())))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(created.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(created.getRequest().getSession(false)).isNull();
    }

    @Test
    void hrMakesATokenSeenOnceThatWorksUntilRevokedAndOnlyItsHashIsKept() throws Exception {
        User hr = fixtures.hr();
        assertThat(mvc.perform(get("/people").with(fixtures.as(hr)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/people/scim-tokens\"");
        String name = "Entra ID " + unique();
        MvcResult made = mvc.perform(post("/people/scim-tokens")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("name", name))
                .andReturn();
        assertThat(made.getResponse().getStatus()).isEqualTo(200);
        assertThat(made.getResponse().getHeader("Cache-Control")).contains("no-store");
        String page = made.getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("the token is on the page").isTrue();
        String token = secret.group(1);

        // only the hash is stored, anywhere
        Map<String, Object> row = jdbc.queryForMap("select * from scim_token where name = ?", name);
        assertThat(row.get("token_hash")).isEqualTo(ScimTokenService.hash(token));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token));
        assertThat(row.get("created_by")).isEqualTo(hr.getEmail());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where details like ? or subject like ?",
                        Integer.class,
                        "%" + token + "%",
                        "%" + token + "%"))
                .isZero();
        // and never shown again
        String list = mvc.perform(get("/people/scim-tokens").with(fixtures.as(hr)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(name).doesNotContain(token).doesNotContain("token-secret");

        assertThat(users("Bearer " + token).getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select last_used_at from scim_token where name = ?", Object.class, name))
                .isNotNull();

        // a second token in use with the same name is refused next to the field
        String again = mvc.perform(post("/people/scim-tokens")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("name", name.toUpperCase()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("id=\"name-error\"").doesNotContain("token-secret");

        Long id = (Long) row.get("id");
        MvcResult revoked = mvc.perform(post("/people/scim-tokens/" + id + "/revoke")
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andReturn();
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/people/scim-tokens");
        assertUnauthorized(users("Bearer " + token));
        assertThat(jdbc.queryForList(
                        "select kind || ' ' || actor_email from audit_entry where subject = ? order by id",
                        String.class,
                        "SCIM token " + id))
                .containsExactly("SCIM_TOKEN_CREATED " + hr.getEmail(), "SCIM_TOKEN_REVOKED " + hr.getEmail());
        assertThat(mvc.perform(post("/people/scim-tokens/999999999/revoke")
                                .with(fixtures.as(hr))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void onlyHrReachesTheTokensPageAndItsFormsNeedTheirCsrfToken() throws Exception {
        for (Role role : List.of(Role.CLIENT, Role.COACH, Role.LEADER)) {
            User someone = fixtures.person(role);
            assertThat(mvc.perform(get("/people/scim-tokens").with(fixtures.as(someone)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/people/scim-tokens")
                                    .with(fixtures.as(someone))
                                    .with(csrf())
                                    .param("name", "Mine"))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(post("/people/scim-tokens")
                                .with(fixtures.as(fixtures.hr()))
                                .param("name", "No CSRF " + unique()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/people/scim-tokens"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
    }
}

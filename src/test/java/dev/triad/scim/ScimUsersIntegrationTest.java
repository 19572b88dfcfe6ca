package dev.triad.scim;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * SCIM's Users with the example requests of RFC 7644 (sections 3.3, 3.4.2, 3.5.2) and RFC 7643 (section 8), the
 * errors in the RFC's format, and what provisioning does to a person: through the account module's rules, audited
 * with the token's name as the actor.
 */
@IntegrationTest
class ScimUsersIntegrationTest {

    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    @Autowired
    MockMvc mvc;

    @Autowired
    ScimTokenService tokens;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    String tokenName;
    String token;

    @BeforeEach
    void aToken() {
        tokenName = "IdP " + UUID.randomUUID().toString().substring(0, 8);
        token = tokens.issue(tokenName, "hr@test.triad").secret();
    }

    record Answer(int status, JsonNode json, MvcResult result) {
        String header(String name) {
            return result.getResponse().getHeader(name);
        }

        String contentType() {
            return result.getResponse().getContentType();
        }
    }

    Answer send(MockHttpServletRequestBuilder request) throws Exception {
        return sendWith(request.header("Authorization", "Bearer " + token));
    }

    Answer sendWith(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString();
        return new Answer(
                result.getResponse().getStatus(), body.isEmpty() ? null : ScimJson.JSON.readTree(body), result);
    }

    Answer send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return send(request.contentType(ScimJson.MEDIA_TYPE).content(json));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** RFC 7644, section 3.3's body, with {@code userName} given. */
    static String barbara(String userName, String externalId) {
        return """
                {
                  "schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                  "userName":"%s",
                  "externalId":"%s",
                  "name":{
                    "formatted":"Ms. Barbara J Jensen III",
                    "familyName":"Jensen",
                    "givenName":"Barbara"
                  }
                }""".formatted(userName, externalId);
    }

    Answer create(String email) throws Exception {
        Answer created = send(post("/scim/v2/Users"), barbara(email, "ext-" + unique()));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        return created;
    }

    static void assertError(Answer answer, int status, String scimType) {
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(status);
        assertThat(answer.contentType()).startsWith(ScimJson.MEDIA_TYPE);
        assertThat(answer.json().get("schemas").get(0).stringValue()).isEqualTo(ERROR);
        assertThat(answer.json().get("status").stringValue()).isEqualTo(String.valueOf(status));
        if (scimType == null) {
            assertThat(answer.json().has("scimType")).isFalse();
        } else {
            assertThat(answer.json().get("scimType").stringValue()).isEqualTo(scimType);
        }
        assertThat(answer.json().get("detail").stringValue()).isNotBlank();
    }

    List<String> auditOf(User user) {
        return jdbc.queryForList(
                "select kind || ' by ' || actor_email || ': ' || details from audit_entry where subject = ? order by id",
                String.class,
                "person " + user.getId());
    }

    @Autowired
    dev.triad.account.People people;

    User userById(Long id) {
        return people.findWithRoles(id).orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------ create

    @Test
    void theRfcsCreateExampleIsRefusedForAUserNameThatIsNoEmailAndSaysWhy() throws Exception {
        Answer refused = send(post("/scim/v2/Users"), barbara("bjensen", "bjensen-" + unique()));
        assertError(refused, 400, "invalidValue");
        assertThat(refused.json().get("detail").stringValue()).contains("email");
    }

    @Test
    void theRfcsCreateExampleWithAnEmailAsUserNameCreatesAClientWithItsNameAndExternalId() throws Exception {
        String email = "BJensen-" + unique() + "@Example.com";
        String externalId = "bjensen-" + unique();
        Answer created = send(post("/scim/v2/Users"), barbara(email, externalId));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/scim+json");
        JsonNode user = created.json();
        String id = user.get("id").stringValue();
        assertThat(created.header("Location")).isEqualTo("http://localhost/scim/v2/Users/" + id);
        assertThat(user.get("schemas").get(0).stringValue()).isEqualTo(USER);
        assertThat(user.get("userName").stringValue()).isEqualTo(email.toLowerCase());
        assertThat(user.get("externalId").stringValue()).isEqualTo(externalId);
        assertThat(user.get("name").get("formatted").stringValue()).isEqualTo("Ms. Barbara J Jensen III");
        assertThat(user.get("active").booleanValue()).isTrue();
        assertThat(user.get("emails").get(0).get("value").stringValue()).isEqualTo(email.toLowerCase());
        JsonNode meta = user.get("meta");
        assertThat(meta.get("resourceType").stringValue()).isEqualTo("User");
        assertThat(meta.get("location").stringValue()).isEqualTo(created.header("Location"));
        assertThat(meta.get("version").stringValue()).isEqualTo(created.header("ETag"));
        assertThat(meta.get("created").stringValue()).isNotBlank();
        assertThat(meta.get("lastModified").stringValue()).isNotBlank();

        User stored = userById(Long.valueOf(id));
        assertThat(stored.getFullName()).isEqualTo("Ms. Barbara J Jensen III");
        assertThat(stored.getRoles()).containsExactly(Role.CLIENT);
        assertThat(stored.getExternalId()).isEqualTo(externalId);
        assertThat(auditOf(stored))
                .anySatisfy(line -> assertThat(line).startsWith("PERSON_CREATED by SCIM token " + tokenName))
                .anySatisfy(line -> assertThat(line).startsWith("SCIM_PROVISIONED by SCIM token " + tokenName));

        Answer read = send(get("/scim/v2/Users/" + id));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("userName").stringValue()).isEqualTo(email.toLowerCase());
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void aUserNameTakenInAnyCaseOrATakenExternalIdIsAUniquenessConflictAndChangesNothing() throws Exception {
        String email = "taken-" + unique() + "@example.com";
        String externalId = "ext-" + unique();
        assertThat(send(post("/scim/v2/Users"), barbara(email, externalId)).status())
                .isEqualTo(201);
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);

        assertError(send(post("/scim/v2/Users"), barbara(email.toUpperCase(), "other-" + unique())), 409, "uniqueness");
        assertError(
                send(post("/scim/v2/Users"), barbara("free-" + unique() + "@example.com", externalId)),
                409,
                "uniqueness");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isEqualTo(before);

        Answer other = create("other-" + unique() + "@example.com");
        String id = other.json().get("id").stringValue();
        assertError(send(put("/scim/v2/Users/" + id), barbara(email, "x-" + unique())), 409, "uniqueness");
        assertError(
                send(patch("/scim/v2/Users/" + id), """
                        {"schemas":["%s"],"Operations":[{"op":"replace","path":"userName","value":"%s"}]}""".formatted(PATCH_OP, email.toUpperCase())), 409, "uniqueness");
    }

    @Test
    void theDefaultRoleIsClientAndProvisioningNeverChangesRoles() throws Exception {
        User coach = fixtures.person(Role.COACH, Role.LEADER);
        Answer replaced = send(put("/scim/v2/Users/" + coach.getId()), """
                {"schemas":["%s"],"userName":"%s","name":{"givenName":"Renamed","familyName":"Coach"},
                 "roles":[{"value":"HR_ADMIN"}],"groups":[{"value":"admins"}]}""".formatted(USER, coach.getEmail()));
        assertThat(replaced.status()).isEqualTo(200);
        User after = userById(coach.getId());
        assertThat(after.getFullName()).isEqualTo("Renamed Coach");
        assertThat(after.getRoles()).containsExactlyInAnyOrder(Role.COACH, Role.LEADER);
    }

    // ------------------------------------------------------------------------------------------------ filter

    @Test
    void filtersFindAPersonByUserNameInAnyCaseByEmailAndByExternalIdExactly() throws Exception {
        String email = "filter-" + unique() + "@example.com";
        Answer created = send(post("/scim/v2/Users"), barbara(email, "Ext-" + email));
        String id = created.json().get("id").stringValue();

        for (String filter : List.of(
                "userName eq \"" + email.toUpperCase() + "\"",
                "USERNAME Eq \"" + email + "\"",
                "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"" + email + "\"",
                "emails.value eq \"" + email + "\"",
                "emails[value eq \"" + email + "\"]",
                "externalId eq \"Ext-" + email + "\"",
                "id eq \"" + id + "\"",
                "userName eq \"" + email + "\" and active eq true",
                "userName eq \"" + email + "\" or userName eq \"nobody-" + unique() + "@example.com\"",
                "(userName eq \"" + email + "\") and not (title pr)")) {
            Answer found = send(get("/scim/v2/Users").param("filter", filter));
            assertThat(found.status()).as(filter).isEqualTo(200);
            assertThat(found.json().get("schemas").get(0).stringValue())
                    .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
            assertThat(found.json().get("totalResults").asInt()).as(filter).isEqualTo(1);
            assertThat(found.json().get("Resources").get(0).get("id").stringValue())
                    .isEqualTo(id);
        }
        for (String filter : List.of(
                "externalId eq \"ext-" + email + "\"", // externalId is case-exact
                "userName eq \"" + email + "\" and active eq false",
                "userName eq \"nobody-" + unique() + "@example.com\"")) {
            Answer found = send(get("/scim/v2/Users").param("filter", filter));
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().get("totalResults").asInt()).as(filter).isZero();
            assertThat(found.json().get("Resources")).isEmpty();
        }
    }

    @Test
    void everyonePagesByStartIndexAndCountAndActiveEqFiltersTheWholeList() throws Exception {
        create("page-" + unique() + "@example.com");
        create("page-" + unique() + "@example.com");
        Answer first = send(get("/scim/v2/Users").param("startIndex", "1").param("count", "2"));
        long total = first.json().get("totalResults").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.json().get("itemsPerPage").asInt()).isEqualTo(2);
        assertThat(first.json().get("startIndex").asInt()).isEqualTo(1);
        Answer second = send(get("/scim/v2/Users").param("startIndex", "2").param("count", "2"));
        assertThat(second.json().get("Resources").get(0).get("id"))
                .isEqualTo(first.json().get("Resources").get(1).get("id"));
        Answer none = send(get("/scim/v2/Users").param("count", "0"));
        assertThat(none.json().get("totalResults").asLong()).isGreaterThanOrEqualTo(total);
        assertThat(none.json().get("Resources")).isEmpty();

        Answer active =
                send(get("/scim/v2/Users").param("filter", "active eq true").param("count", "5"));
        assertThat(active.status()).isEqualTo(200);
        active.json()
                .get("Resources")
                .forEach(user -> assertThat(user.get("active").booleanValue()).isTrue());
        assertThat(send(get("/scim/v2/Users").param("count", "100000"))
                        .json()
                        .get("itemsPerPage")
                        .asInt())
                .isLessThanOrEqualTo(ScimUsers.MAX_RESULTS);
    }

    @Test
    void malformedOrUnanswerableFiltersAreInvalidFilterErrors() throws Exception {
        for (String filter : List.of(
                "userName eq",
                "userName zz \"x\"",
                "(userName eq \"x\"",
                "userName eq \"unterminated",
                "eq \"x\"",
                "userName eq \"x\" and",
                "userName eq 'single quotes'",
                "emails[type eq \"work\"",
                "((((((((((((((((((((((userName eq \"x\"))))))))))))))))))))))",
                "userName eq \"x\" garbage",
                "\u0000",
                "x".repeat(5000),
                // valid, but the database cannot answer them without reading everyone
                "userName sw \"j\"",
                "title pr",
                "not (userName eq \"x\")")) {
            assertError(send(get("/scim/v2/Users").param("filter", filter)), 400, "invalidFilter");
        }
        assertError(send(get("/scim/v2/Users").param("startIndex", "one")), 400, "invalidValue");
    }

    // ------------------------------------------------------------------------------------------------ replace

    @Test
    void putReplacesNameTitleEmailTimeZoneAndExternalIdAndAStaleIfMatchIsRefused() throws Exception {
        Answer created = create("put-" + unique() + "@example.com");
        String id = created.json().get("id").stringValue();
        String newEmail = "moved-" + unique() + "@example.com";
        Answer replaced = send(put("/scim/v2/Users/" + id).header("If-Match", created.header("ETag")), """
                {"schemas":["%s"],"userName":"%s","externalId":"new-%s","displayName":"Babs Jensen",
                 "title":"Tour Guide","timezone":"America/Los_Angeles","active":true}""".formatted(
                        USER, newEmail, id));
        assertThat(replaced.status()).as(String.valueOf(replaced.json())).isEqualTo(200);
        assertThat(replaced.header("ETag")).isNotEqualTo(created.header("ETag"));
        User stored = userById(Long.valueOf(id));
        assertThat(stored.getEmail()).isEqualTo(newEmail);
        assertThat(stored.getFullName()).isEqualTo("Babs Jensen");
        assertThat(stored.getTitle()).isEqualTo("Tour Guide");
        assertThat(stored.zoneOr(null)).hasToString("America/Los_Angeles");
        assertThat(stored.getExternalId()).isEqualTo("new-" + id);
        assertThat(replaced.json().get("timezone").stringValue()).isEqualTo("America/Los_Angeles");
        assertThat(auditOf(stored))
                .anySatisfy(line -> assertThat(line).startsWith("EMAIL_CHANGED by SCIM token " + tokenName))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("SCIM_PROVISIONED by SCIM token " + tokenName + ": PUT: userName, name, title"));

        Answer stale = send(
                put("/scim/v2/Users/" + id).header("If-Match", created.header("ETag")), """
                {"schemas":["%s"],"userName":"%s","displayName":"Someone Else"}""".formatted(USER, newEmail));
        assertError(stale, 412, null);
        assertThat(userById(Long.valueOf(id)).getFullName()).isEqualTo("Babs Jensen");
        assertError(send(put("/scim/v2/Users/" + id), """
                        {"schemas":["%s"],"userName":"%s","displayName":"X","timezone":"Mars/Olympus"}""".formatted(USER, newEmail)), 400, "invalidValue");
    }

    // ------------------------------------------------------------------------------------------------ patch

    @Test
    void theRfcsPatchExamplesAddRemoveAndReplace() throws Exception {
        String email = "patch-" + unique() + "@example.com";
        Answer created = send(post("/scim/v2/Users"), """
                {"schemas":["%s"],"userName":"%s","name":{"givenName":"Barbara","familyName":"Jensen"},
                 "emails":[{"value":"%s","type":"work","primary":true}],"title":"Tour Guide"}""".formatted(USER, email, email));
        String id = created.json().get("id").stringValue();
        String path = "/scim/v2/Users/" + id;

        // 3.5.2.1: add without a path; the value's attributes are added (nickName is not kept by Triad)
        Answer added = send(patch(path), """
                { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                  "Operations":[{
                    "op":"add",
                    "value":{
                      "emails":[{"value":"babs@jensen.org","type":"home"}],
                      "nickName":"Babs"
                  }}]
                }""");
        assertThat(added.status()).as(String.valueOf(added.json())).isEqualTo(200);
        assertThat(userById(Long.valueOf(id)).getEmail()).isEqualTo(email);

        // 3.5.2.3: replace one attribute by its path, and a sub-attribute
        Answer replaced = send(patch(path), """
                { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                  "Operations":[
                    {"op":"replace","path":"title","value":"Head of Tours"},
                    {"op":"replace","path":"name.givenName","value":"Babs"}
                  ]
                }""");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(userById(Long.valueOf(id)).getTitle()).isEqualTo("Head of Tours");
        assertThat(userById(Long.valueOf(id)).getFullName()).isEqualTo("Babs Jensen");
        assertThat(replaced.json().get("name").get("givenName").stringValue()).isEqualTo("Babs");

        // 3.5.2.2: remove a single-valued attribute, and elements of a multi-valued one by a filter
        Answer removed = send(patch(path), """
                { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                  "Operations":[
                    {"op":"remove","path":"title"},
                    {"op":"remove","path":"emails[type eq \\"home\\" and value ew \\"jensen.org\\"]"}
                  ]
                }""");
        assertThat(removed.status()).as(String.valueOf(removed.json())).isEqualTo(200);
        assertThat(userById(Long.valueOf(id)).getTitle()).isNull();

        // a remove without a path has no target (3.5.2.2)
        assertError(send(patch(path), """
                        {"schemas":["%s"],"Operations":[{"op":"remove"}]}""".formatted(PATCH_OP)), 400, "noTarget");
        // replacing an element no filter matches has no target either (3.5.2.3)
        assertError(send(patch(path), """
                        {"schemas":["%s"],"Operations":[{"op":"replace","path":"emails[type eq \\"fax\\"].value",
                         "value":"x@example.com"}]}""".formatted(PATCH_OP)), 400, "noTarget");
        // id and meta are read-only
        assertError(send(patch(path), """
                        {"schemas":["%s"],"Operations":[{"op":"replace","path":"id","value":"42"}]}""".formatted(PATCH_OP)), 400, "mutability");
        assertError(send(patch(path), """
                        {"schemas":["%s"],"Operations":[{"op":"move","path":"title","value":"x"}]}""".formatted(PATCH_OP)), 400, "invalidSyntax");
        assertError(send(patch(path), """
                        {"schemas":["%s"],"Operations":[{"op":"add","path":"title[[","value":"x"}]}""".formatted(PATCH_OP)), 400, "invalidPath");
        assertError(send(patch(path), """
                        {"schemas":["%s"],"Operations":[{"op":"remove","path":"userName"}]}""".formatted(PATCH_OP)), 400, "invalidValue");
    }

    @Test
    void entraIdsPathlessAndStringlyTypedActivePatchesDeactivateAndReactivate() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        String path = "/scim/v2/Users/" + person.getId();
        Answer off = send(patch(path), """
                {"schemas":["%s"],"Operations":[{"op":"replace","value":{"active":false}}]}""".formatted(PATCH_OP));
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("active").booleanValue()).isFalse();
        assertThat(userById(person.getId()).isActive()).isFalse();

        Answer on = send(patch(path), """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"active","value":"True"}]}""".formatted(PATCH_OP));
        assertThat(on.status()).isEqualTo(200);
        assertThat(userById(person.getId()).isActive()).isTrue();

        // Entra ID's dotted keys in a path-less value, and an extension attribute Triad does not keep
        Answer renamed = send(patch(path), """
                {"schemas":["%s"],"Operations":[{"op":"Add","value":{"name.givenName":"Ada","name.familyName":"Lovelace",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Research"}},
                 {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
                 "value":"42"}]}""".formatted(PATCH_OP));
        assertThat(renamed.status()).as(String.valueOf(renamed.json())).isEqualTo(200);
        assertThat(userById(person.getId()).getFullName()).isEqualTo("Ada Lovelace");
        assertThat(auditOf(person))
                .anySatisfy(line -> assertThat(line).startsWith("PERSON_DEACTIVATED by SCIM token " + tokenName))
                .anySatisfy(line -> assertThat(line).startsWith("PERSON_REACTIVATED by SCIM token " + tokenName));
    }

    @Test
    void deleteDeactivatesThePersonAndKeepsTheirRecord() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        Answer deleted = send(delete("/scim/v2/Users/" + person.getId()));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(userById(person.getId()).isActive()).isFalse();
        Answer read = send(get("/scim/v2/Users/" + person.getId()));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("active").booleanValue()).isFalse();
        assertThat(send(delete("/scim/v2/Users/" + person.getId())).status()).isEqualTo(204);
    }

    // ------------------------------------------------------------------------------------------------ errors

    @Test
    void unknownIdsAreNotFoundInScimsFormat() throws Exception {
        for (String id : List.of("999999999", "abc", "-1", "0", "1e3", "99999999999999999999999")) {
            assertError(send(get("/scim/v2/Users/" + id)), 404, null);
            assertError(send(put("/scim/v2/Users/" + id), barbara("x@example.com", "y")), 404, null);
            assertError(send(delete("/scim/v2/Users/" + id)), 404, null);
        }
        assertError(send(get("/scim/v2/Schemas/urn:example:nothing")), 404, null);
        assertError(send(get("/scim/v2/ResourceTypes/Group")), 404, null);
    }

    @Test
    void bodiesThatAreNoUserAreRefusedInScimsFormatNeverWithA500() throws Exception {
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        List<String> bodies = List.of(
                "",
                "{",
                "not json",
                "[]",
                "null",
                "42",
                "\"a string\"",
                "{}",
                "{\"userName\":\"no-schemas@example.com\"}",
                "{\"schemas\":\"" + USER + "\",\"userName\":\"x@example.com\"}",
                "{\"schemas\":[\"" + USER + "\"]}",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":42}",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"no-name@example.com\"}",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"a@example.com\",\"name\":\"flat\"}",
                "{\"schemas\":[\"" + USER
                        + "\"],\"userName\":\"a@example.com\",\"displayName\":\"A\",\"active\":\"maybe\"}",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"a@example.com\",\"displayName\":\"bell\\u0007\"}",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"a@example.com\",\"displayName\":\"nul\\u0000\"}",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"a@example.com\",\"displayName\":\"" + "x".repeat(500)
                        + "\"}",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"a@example.com\",\"displayName\":\"A\",\"title\":[1]}",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"" + "a".repeat(300)
                        + "@example.com\",\"displayName\":\"A\"}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"schemas\":[\"" + USER
                        + "\"],\"userName\":\"a@example.com\",\"displayName\":\"A\",\"timezone\":42}");
        for (String body : bodies) {
            Answer answer = send(post("/scim/v2/Users"), body);
            assertThat(answer.status())
                    .as(body.length() > 80 ? body.substring(0, 80) : body)
                    .isEqualTo(400);
            assertThat(answer.json().get("schemas").get(0).stringValue()).isEqualTo(ERROR);
            assertThat(answer.json().get("scimType").stringValue()).isIn("invalidSyntax", "invalidValue");
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isEqualTo(before);

        assertError(
                send(post("/scim/v2/Users").contentType("text/plain").content(barbara("t@example.com", "t"))),
                415,
                null);
        assertError(
                send(post("/scim/v2/Users"), "{\"schemas\":[\"" + USER + "\"],\"x\":\"" + "y".repeat(70_000) + "\"}"),
                413,
                null);
        Answer plainJson = send(
                post("/scim/v2/Users").contentType("application/json"),
                barbara("json-" + unique() + "@example.com", "j-" + unique()));
        assertThat(plainJson.status()).isEqualTo(201);
    }

    @Test
    void patchBodiesThatAreNoPatchAreRefusedNeverWithA500() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        String path = "/scim/v2/Users/" + person.getId();
        for (String body : List.of(
                "{}",
                "{\"Operations\":[]}",
                "{\"schemas\":[\"" + PATCH_OP + "\"]}",
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[]}",
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":{}}",
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[42]}",
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"path\":\"title\"}]}",
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":42,\"value\":1}]}",
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"value\":\"x\"}]}",
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\"}]}",
                "{\"schemas\":[\"" + PATCH_OP
                        + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":7}]}",
                "{\"schemas\":[\"" + PATCH_OP
                        + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"no\"}]}",
                "{\"schemas\":[\"" + PATCH_OP
                        + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"name\",\"value\":[]}]}",
                "{\"schemas\":[\"" + PATCH_OP
                        + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"userName\",\"value\":null}]}",
                "{\"schemas\":[\"" + PATCH_OP
                        + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"emails[type eq]\",\"value\":1}]}",
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"\",\"value\":1}]}",
                "{\"schemas\":[\"" + PATCH_OP
                        + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"emails[type eq \\\"x\\\"]\",\"value\":1}]}")) {
            Answer answer = send(patch(path), body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().get("schemas").get(0).stringValue()).isEqualTo(ERROR);
        }
        assertThat(userById(person.getId()).getFullName()).isEqualTo(person.getFullName());
    }

    @Test
    void theDiscoveryEndpointsDescribeWhatTriadSupports() throws Exception {
        Answer config = send(get("/scim/v2/ServiceProviderConfig"));
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("patch").get("supported").booleanValue()).isTrue();
        assertThat(config.json().get("filter").get("supported").booleanValue()).isTrue();
        assertThat(config.json().get("bulk").get("supported").booleanValue()).isFalse();
        assertThat(config.json().get("etag").get("supported").booleanValue()).isTrue();
        assertThat(config.json().get("authenticationSchemes").get(0).get("type").stringValue())
                .isEqualTo("oauthbearertoken");
        Answer types = send(get("/scim/v2/ResourceTypes"));
        assertThat(types.json().get("Resources").get(0).get("endpoint").stringValue())
                .isEqualTo("/Users");
        assertThat(send(get("/scim/v2/ResourceTypes/User")).json().get("schema").stringValue())
                .isEqualTo(USER);
        Answer schemas = send(get("/scim/v2/Schemas"));
        assertThat(schemas.json().get("Resources").get(0).get("id").stringValue())
                .isEqualTo(USER);
        assertThat(send(get("/scim/v2/Schemas/" + USER))
                        .json()
                        .get("attributes")
                        .findValuesAsString("name"))
                .contains("userName", "name", "emails", "active", "timezone", "externalId");
    }
}

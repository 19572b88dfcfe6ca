package dev.triad.account;

import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account's passkeys page: each person lists and removes their own passkeys only, someone else's is "Not found"
 * like a made-up one, every addition and removal is audited, and passkeys follow the email when HR changes it. The
 * WebAuthn ceremonies themselves run in a real browser ({@code journey.PasskeySignInJourneyTest}); here the passkeys
 * are stored through the same repository the ceremony stores them with.
 */
@IntegrationTest
class PasskeyPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    UserCredentialRepository credentials;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePageListsOnlyTheirOwnPasskeysWithNameAddedAndLastUse() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        User other = fixtures.person(Role.CLIENT);
        Instant added = Instant.parse("2026-11-02T09:15:00Z");
        passkeyOf(client, "Work laptop", added, added);
        passkeyOf(client, "My phone", added.plusSeconds(3600), Instant.parse("2026-11-20T17:45:00Z"));
        passkeyOf(other, "Someone else’s key", added, added);

        Page page = Page.of(mvc.perform(get("/account/passkeys").with(fixtures.as(client)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.text("h1")).isEqualTo("Your passkeys");
        assertThat(page.all("#passkeys tbody tr")).hasSize(2);
        assertThat(page.one("[data-test=passkey-0]").text())
                .contains("My phone", "2 Nov 2026, 10:15", "20 Nov 2026, 17:45");
        assertThat(page.one("[data-test=passkey-1]").text()).contains("Work laptop", "2 Nov 2026, 09:15", "Not yet");
        assertThat(page.document().text()).doesNotContain("Someone else");
        assertThat(page.has("#add-passkey-form") && page.has("#passkey-label")).isTrue();
        assertThat(page.one("script[src='/js/passkeys.js']")).isNotNull();
    }

    @Test
    void someoneWithoutPasskeysIsToldSoAndTheAccountPageLinksHere() throws Exception {
        User coach = fixtures.person(Role.COACH);
        Page page = Page.of(mvc.perform(get("/account/passkeys").with(fixtures.as(coach)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.has("#no-passkeys")).isTrue();
        assertThat(page.has("#passkeys")).isFalse();

        Page account = Page.of(mvc.perform(get("/account").with(fixtures.as(coach)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(account.one("#link-passkeys").attr("href")).isEqualTo("/account/passkeys");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/account/passkeys")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/passkeys/abc/remove").with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void removingOnesOwnPasskeyDeletesItAndIsAudited() throws Exception {
        User leader = fixtures.person(Role.LEADER);
        Bytes kept = passkeyOf(leader, "Kept", Instant.now(), Instant.now());
        Bytes removed = passkeyOf(leader, "Old phone", Instant.now(), Instant.now());

        mvc.perform(post("/account/passkeys/" + removed.toBase64UrlString() + "/remove")
                        .with(fixtures.as(leader))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/passkeys"))
                .andExpect(flash().attribute("message", "Your passkey is removed: it signs nobody in any more."));

        assertThat(credentials.findByCredentialId(removed)).isNull();
        assertThat(credentials.findByCredentialId(kept)).isNotNull();
        assertThat(jdbc.queryForList(
                        "select kind || ' ' || actor_email || ' ' || subject || ' ' || details from audit_entry"
                                + " where subject = ? order by id",
                        String.class,
                        "person " + leader.getId()))
                .contains(
                        "PASSKEY_ADDED " + leader.getEmail() + " person " + leader.getId() + " “Old phone”",
                        "PASSKEY_REMOVED " + leader.getEmail() + " person " + leader.getId() + " “Old phone”");
    }

    @Test
    void someoneElsesPasskeyAnswersLikeAMadeUpOneAndStays() throws Exception {
        User hr = fixtures.hr();
        User client = fixtures.person(Role.CLIENT);
        Bytes theirs = passkeyOf(client, "Client’s key", Instant.now(), Instant.now());
        passkeyOf(hr, "HR’s own key", Instant.now(), Instant.now());

        for (String id : new String[] {
            theirs.toBase64UrlString(), Bytes.random().toBase64UrlString(), "not+base64url", "x".repeat(2000)
        }) {
            mvc.perform(post("/account/passkeys/" + id + "/remove")
                            .with(fixtures.as(hr))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(credentials.findByCredentialId(theirs)).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'PASSKEY_REMOVED' and actor_email = ?",
                        Integer.class,
                        hr.getEmail()))
                .isZero();
    }

    @Test
    void springsOwnRemovalEndpointRemovesNoOneElsesPasskeyAndIsAuditedToo() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        User other = fixtures.person(Role.CLIENT);
        Bytes othersOwn = passkeyOf(other, "Other’s own", Instant.now(), Instant.now());
        Bytes theirs = passkeyOf(client, "Client’s key", Instant.now(), Instant.now());

        mvc.perform(delete("/webauthn/register/" + theirs.toBase64UrlString())
                        .with(fixtures.as(other))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(credentials.findByCredentialId(theirs)).isNotNull();

        mvc.perform(delete("/webauthn/register/" + othersOwn.toBase64UrlString())
                        .with(fixtures.as(other))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(credentials.findByCredentialId(othersOwn)).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'PASSKEY_REMOVED' and subject = ?",
                        Integer.class,
                        "person " + other.getId()))
                .isEqualTo(1);
    }

    @Test
    void passkeysFollowTheEmailWhenHrChangesIt() throws Exception {
        User coach = fixtures.person(Role.COACH);
        passkeyOf(coach, "Coach’s key", Instant.now(), Instant.now());
        String newEmail = Fixtures.uniqueEmail("renamed");
        User fresh = accounts.get(coach.getId());
        accounts.update(
                coach.getId(),
                fresh.getVersion(),
                accounts.coachProfile(coach.getId())
                        .map(CoachProfile::getVersion)
                        .orElse(null),
                new Accounts.PersonDetails(
                        fresh.getFullName(), newEmail, null, fresh.getRoles(), "leadership", "English", 10));

        assertThat(userEntities.findByUsername(coach.getEmail())).isNull();
        PublicKeyCredentialUserEntity moved = userEntities.findByUsername(newEmail);
        assertThat(moved).isNotNull();
        assertThat(credentials.findByUserId(moved.getId()))
                .extracting(credential -> credential.getLabel())
                .containsExactly("Coach’s key");
    }

    @Test
    void aLabelIsOneShortLineOfPlainText() {
        assertThat(PasskeyCredentials.label("  Work\u0000 laptop\n\u202Eevil ")).isEqualTo("Work laptop evil");
        assertThat(PasskeyCredentials.label("   ")).isEqualTo("Passkey");
        assertThat(PasskeyCredentials.label(null)).isEqualTo("Passkey");
        assertThat(PasskeyCredentials.label("é".repeat(100))).hasSize(PasskeyCredentials.LABEL_LENGTH);
        assertThat(PasskeyCredentials.label("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void aStoredLabelWithMarkupIsShownEscaped() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        passkeyOf(client, "<img src=x onerror=alert(1)>", Instant.now(), Instant.now());
        String html = mvc.perform(get("/account/passkeys").with(fixtures.as(client)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }

    /** A passkey of {@code person}'s as the registration ceremony stores it (its key is no real one: it never signs). */
    private Bytes passkeyOf(User person, String label, Instant created, Instant lastUsed) {
        PublicKeyCredentialUserEntity owner = userEntities.findByUsername(person.getEmail());
        if (owner == null) {
            owner = ImmutablePublicKeyCredentialUserEntity.builder()
                    .id(Bytes.random())
                    .name(person.getEmail())
                    .displayName(person.getEmail())
                    .build();
            userEntities.save(owner);
        }
        Bytes id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialId(id)
                .userEntityUserId(owner.getId())
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .backupEligible(false)
                .backupState(false)
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .created(created)
                .lastUsed(lastUsed)
                .label(label)
                .build());
        return id;
    }
}

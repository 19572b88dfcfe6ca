package dev.triad.notification;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.Mails;
import dev.triad.support.Page;
import dev.triad.support.TestMailServer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The invitation and password reset emails, received by a real SMTP server, and their links used end to end. */
@MailIntegrationTest
class AccountMailsIntegrationTest {

    static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcTemplate jdbc;

    static MimeMessage onlyMail(String email) {
        List<MimeMessage> received = TestMailServer.to(email);
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    @Test
    void hrCreatesAPersonWithoutAPasswordWhoIsInvitedByNameAndSetsTheirPasswordThroughTheLink() throws Exception {
        String email = Fixtures.uniqueEmail("nadia");
        mvc.perform(post("/people")
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("fullName", "Nadia Newcomer")
                        .param("email", email)
                        .param("roles", "COACH")
                        .param("initialPassword", "")
                        .param("capacity", "4"))
                .andExpect(redirectedUrl("/people"))
                .andExpect(flash().attribute("message", containsString("Nadia Newcomer has been sent an invitation")));
        assertThat(TestMailServer.to(email)).isEmpty(); // written, not sent: the sender delivers it
        sender.sendDue(java.time.Instant.now(), java.util.List.of(email));

        MimeMessage mail = onlyMail(email);
        assertThat(mail.getSubject()).isEqualTo("Your invitation to Triad");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getPersonal()).isEqualTo("Nadia Newcomer");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("triad@localhost");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        String text = Mails.text(mail);
        String html = Mails.html(mail);
        assertThat(text)
                .startsWith("Dear Nadia Newcomer,")
                .contains("sign in as " + email)
                .contains("works once, for 7 days");
        assertThat(html).contains("Dear <span>Nadia Newcomer</span>,");
        String link = Mails.link(text, BASE + "/account/invitation/");
        assertThat(html).contains("href=\"" + link + "\"");
        assertThat(text).doesNotContain("/account/notifications"); // no reminder footer on a mandatory mail

        String path = link.substring(BASE.length());
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(Page.text("[data-test=account-email]", is(email)));
        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", "nadias-own-password")
                        .param("confirmPassword", "nadias-own-password"))
                .andExpect(redirectedUrl("/login"));
        var login = mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password("nadias-own-password"))
                .andExpect(authenticated())
                .andReturn();
        // sessions live in the database: the cookie names the signed-in session
        Cookie session = login.getResponse().getCookie("TRIAD_SESSION");
        // straight in: no forced password change; the bell shows the welcome and the password-changed notices
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(Page.count("[aria-label='Notifications, 2 unread']", is(1)));
        mvc.perform(get(path)).andExpect(status().isGone());

        // and a security notice that the password changed
        sender.sendDue(java.time.Instant.now(), java.util.List.of(email));
        List<MimeMessage> all = TestMailServer.to(email);
        assertThat(all)
                .extracting(MimeMessage::getSubject)
                .containsExactly("Your invitation to Triad", "Your Triad password was changed")
                .hasSize(2);
    }

    @Test
    void aPasswordResetMailCarriesASingleUseLinkAndTheOldPasswordStopsWorking() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        mvc.perform(post("/account/password-reset").with(csrf()).param("email", person.getEmail()))
                .andExpect(redirectedUrl("/account/password-reset/sent"));
        sender.sendDue(java.time.Instant.now(), java.util.List.of(person.getEmail()));

        MimeMessage mail = onlyMail(person.getEmail());
        assertThat(mail.getSubject()).isEqualTo("Choose a new Triad password");
        String text = Mails.text(mail);
        assertThat(text).startsWith("Dear " + person.getFullName() + ",").contains("works once, for 1 hour");
        assertThat(Mails.html(mail)).contains(person.getFullName());
        String link = Mails.link(text, BASE + "/account/password-reset/");
        assertThat(Mails.html(mail)).contains("href=\"" + link + "\"");

        String path = link.substring(BASE.length());
        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", "a-fresh-long-password")
                        .param("confirmPassword", "a-fresh-long-password"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(person.getEmail())
                        .password(Fixtures.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(person.getEmail())
                        .password("a-fresh-long-password"))
                .andExpect(authenticated());
        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", "yet-another-password")
                        .param("confirmPassword", "yet-another-password"))
                .andExpect(status().isGone());
    }

    @Test
    void anUnknownEmailGetsNoMail() throws Exception {
        String email = Fixtures.uniqueEmail("nobody");
        mvc.perform(post("/account/password-reset").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/account/password-reset/sent"));
        sender.sendDue(java.time.Instant.now(), java.util.List.of(email));
        assertThat(TestMailServer.to(email)).isEmpty();
    }

    @Test
    void oncePastTheSmtpServerTheStoredCopyNoLongerHoldsTheLink() throws Exception {
        String email = Fixtures.uniqueEmail("scrub");
        mvc.perform(post("/people")
                .with(fixtures.as(fixtures.hr()))
                .with(csrf())
                .param("fullName", "Sam Scrubbed")
                .param("email", email)
                .param("roles", "CLIENT"));
        sender.sendDue(java.time.Instant.now(), java.util.List.of(email));
        String link = Mails.link(Mails.text(onlyMail(email)), BASE + "/account/invitation/");
        String stored = jdbc.queryForObject(
                "select text_body || html_body from outbox_message where recipient_email = ?", String.class, email);
        assertThat(stored).contains(SecretLinks.HIDDEN).doesNotContain(link.substring(link.lastIndexOf('/') + 1));
    }
}

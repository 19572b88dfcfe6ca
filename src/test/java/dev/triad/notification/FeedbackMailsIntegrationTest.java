package dev.triad.notification;

import dev.triad.account.User;
import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentService;
import dev.triad.feedback.FeedbackQuestionSet;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.NewFeedbackRequest;
import dev.triad.feedback.NewRater;
import dev.triad.feedback.QuestionSetService;
import dev.triad.feedback.RaterGroup;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.Mails;
import dev.triad.support.Page;
import dev.triad.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 360 raters' mails through a real SMTP server: the invitation and the reminder carry the rater's own
 * link and nothing of the assessment; the outbox hides the link from HR and forgets it once sent.
 */
@MailIntegrationTest
class FeedbackMailsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    FeedbackService feedback;

    @Autowired
    QuestionSetService questionSets;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    OutboxSender sender;

    Assessment request(Triad t) {
        Long set = questionSets.all().stream()
                .filter(FeedbackQuestionSet::isOffered)
                .findFirst()
                .orElseThrow()
                .getId();
        return feedback.createRequest(
                t.id(),
                new NewFeedbackRequest(
                        "Confidential review title " + t.id(),
                        set,
                        LocalDate.now().plusDays(5)),
                fixtures.principal(t.coach()));
    }

    static String link(MimeMessage mail) {
        return Mails.link(Mails.text(mail), "http://localhost:8080/feedback/");
    }

    @Test
    void aRaterGetsTheirOwnLinkAndNothingOfTheAssessment() throws Exception {
        Triad t = fixtures.aTriad();
        Assessment review = request(t);
        String email = Fixtures.uniqueEmail("peer");
        feedback.addRater(
                t.id(),
                review.getId(),
                new NewRater("Pia Peer", email, RaterGroup.PEER),
                fixtures.principal(t.coach()));

        OutboxMessage stored = outbox.findByRecipientEmailOrderById(email).get(0);
        assertThat(stored.getKind()).isEqualTo(NotificationKind.FEEDBACK_360_INVITATION);
        assertThat(stored.getRecipientUserId()).isNull();
        User hr = fixtures.hr();
        String token = stored.getTextBody().replaceAll("(?s).*/feedback/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(token).hasSize(43);
        mvc.perform(get("/outbox/" + stored.getId()).with(fixtures.as(hr)))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(allOf(
                                not(containsString(token)),
                                not(containsString(email)),
                                not(containsString("Pia Peer")))));

        sender.sendDue(java.time.Instant.now(), List.of(email)); // this rater's, not one batch of the shared outbox
        List<MimeMessage> mails = TestMailServer.to(email);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo(t.client().getFullName() + " asks for your feedback");
        String text = Mails.text(mail);
        assertThat(text)
                .startsWith("Dear Pia Peer,")
                .contains("Your answers are anonymous")
                .contains("save a draft")
                // a rater has no zone: the closing minute in the asker's, with the place named
                .containsPattern("until \\w{3} \\d{1,2} \\w{3} \\d{4}, 23:59 \\S+ \\(end of day in \\S+\\)")
                .doesNotContain("Confidential review title")
                .doesNotContain("/account/notifications");
        assertThat(Mails.html(mail)).contains("Give my feedback").doesNotContain("Confidential review title");
        assertThat(link(mail)).endsWith(token);
        assertThat(outbox.findById(stored.getId()).orElseThrow().getTextBody()).doesNotContain(token);

        mvc.perform(get("/feedback/" + token))
                .andExpect(status().isOk())
                .andExpect(Page.text("h1", is("Feedback for " + t.client().getFullName())));
    }

    @Test
    void theLeaderAsRaterIsToldTheirRatingsAreShownAsTheirsAndAReminderBringsANewLink() throws Exception {
        Triad t = fixtures.aTriad();
        Assessment review = request(t);
        feedback.addRater(
                t.id(),
                review.getId(),
                new NewRater(t.leader().getFullName(), t.leader().getEmail(), RaterGroup.LEADER),
                fixtures.principal(t.client()));
        sender.sendDue(java.time.Instant.now(), List.of(t.leader().getEmail()));
        MimeMessage invitation = TestMailServer.to(t.leader().getEmail()).get(0);
        assertThat(Mails.text(invitation)).contains("your ratings are shown as yours");

        assertThat(feedback.remind(t.id(), review.getId(), fixtures.principal(t.coach())))
                .isOne();
        sender.sendDue(java.time.Instant.now(), List.of(t.leader().getEmail()));
        List<MimeMessage> mails = TestMailServer.to(t.leader().getEmail());
        assertThat(mails).hasSize(2);
        MimeMessage reminder = mails.get(1);
        assertThat(reminder.getSubject())
                .isEqualTo("Reminder: " + t.client().getFullName() + " asks for your feedback");
        assertThat(link(reminder)).isNotEqualTo(link(invitation));
        for (String link : List.of(link(invitation), link(reminder))) {
            mvc.perform(get(link.substring("http://localhost:8080".length()))).andExpect(status().isOk());
        }
        assertThat(outbox.findByRecipientEmailOrderById(t.leader().getEmail()))
                .extracting(OutboxMessage::getKind)
                .containsExactly(NotificationKind.FEEDBACK_360_INVITATION, NotificationKind.FEEDBACK_360_REMINDER);
    }
}

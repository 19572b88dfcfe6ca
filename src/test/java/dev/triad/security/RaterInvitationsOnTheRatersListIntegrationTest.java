package dev.triad.security;

import dev.triad.account.User;
import dev.triad.assessment.Assessment;
import dev.triad.feedback.FeedbackRater;
import dev.triad.feedback.NewFeedbackRequest;
import dev.triad.feedback.NewRater;
import dev.triad.feedback.RaterGroup;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * HR's outbox lists no mail to a 360 rater, so a failed invitation must not be lost: the client and the coach see on
 * the request's raters list how each rater's invitation fared (sent, waiting, held, failed), and can send a failed one
 * again, the same mail with the same link. (Without a mail server, as here, every mail is held.)
 */
@IntegrationTest
class RaterInvitationsOnTheRatersListIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theClientAndTheCoachSeeEachRatersInvitationAndCanSendAFailedOneAgain() throws Exception {
        SecurityWorld world = new SecurityWorld(context);
        Triad t = world.fixtures.aTriad();
        Assessment review = world.feedback.createRequest(
                t.id(),
                new NewFeedbackRequest(
                        "Spring 360",
                        world.setId("Feedforward check-in"),
                        LocalDate.now().plusDays(9)),
                world.as(t.coach()));
        FeedbackRater failing = world.feedback.addRater(
                t.id(),
                review.getId(),
                new NewRater("Fay Failing", Fixtures.uniqueEmail("fay"), RaterGroup.PEER),
                world.as(t.client()));
        FeedbackRater held = world.feedback.addRater(
                t.id(),
                review.getId(),
                new NewRater("Hal Held", Fixtures.uniqueEmail("hal"), RaterGroup.PEER),
                world.as(t.client()));
        world.jdbc.update(
                "update outbox_message set status = 'FAILED', attempts = 8, last_error = '550 rejected' where dedupe_key = ?",
                "feedback-invitation:" + failing.getId());
        String list = "/engagements/" + t.id() + "/assessments/" + review.getId() + "/feedback";
        String sendAgain = list + "/raters/" + failing.getId() + "/invitation";

        for (User viewer : java.util.List.of(t.client(), t.coach())) {
            String page = mvc.perform(get(list).with(user(world.as(viewer))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Map<String, String> cells =
                    Map.of("failing", cell(page, failing.getId()), "held", cell(page, held.getId()));
            assertThat(cells.get("failing"))
                    .as(viewer.getFullName())
                    .contains("data-state=\"FAILED\"")
                    .contains("action=\"" + sendAgain + "\"");
            assertThat(cells.get("held"))
                    .as("held, and no mail server to send it")
                    .contains("data-state=\"HELD\"")
                    .doesNotContain("<form");
        }

        int status = mvc.perform(post(sendAgain).with(csrf()).with(user(world.as(t.coach()))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(302);
        Map<String, Object> mail = world.jdbc.queryForMap(
                "select status, attempts from outbox_message where dedupe_key = ?",
                "feedback-invitation:" + failing.getId());
        assertThat(mail).containsEntry("status", "PENDING").containsEntry("attempts", 0);

        String page = mvc.perform(get(list).with(user(world.as(t.client()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(cell(page, failing.getId()))
                .contains("data-state=\"WAITING\"")
                .doesNotContain("<form");
    }

    private static String cell(String page, Long raterId) {
        Matcher cell = Pattern.compile(
                        "<td[^>]*data-test=\"invitation-" + raterId + "\"[^>]*>(.*?)</td>", Pattern.DOTALL)
                .matcher(page);
        assertThat(cell.find())
                .as("the raters list has the invitation of rater " + raterId)
                .isTrue();
        return cell.group(1);
    }
}

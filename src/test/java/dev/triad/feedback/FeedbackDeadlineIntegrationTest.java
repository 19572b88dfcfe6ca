package dev.triad.feedback;

import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.system.Days;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A 360 request's last day ends at midnight where the coach who asked is (New York), whatever the organisation's
 * zone (UTC in tests); the rater, who is not signed in, reads that instant in the organisation's zone with the
 * requester's day beside it.
 */
@IntegrationTest
class FeedbackDeadlineIntegrationTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FeedbackService feedback;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDeadlineIsTheEndOfTheLastDayInTheRequestersZoneAndTheRaterIsToldWhenThatIs() throws Exception {
        Triad t = fixtures.aTriad();
        fixtures.inZone(t.coach(), NEW_YORK);
        LocalDate lastDay = LocalDate.now(NEW_YORK).plusDays(7);
        var review = feedback.createRequest(
                t.id(),
                new NewFeedbackRequest("Review " + t.id(), questionSet(), lastDay),
                fixtures.principal(t.coach()));
        Instant closesAt = jdbc.queryForObject(
                        "select closes_at from feedback_request where assessment_id = ?",
                        Timestamp.class,
                        review.getId())
                .toInstant();
        assertThat(closesAt)
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(NEW_YORK).toInstant());

        String email = Fixtures.uniqueEmail("rita");
        feedback.addRater(
                t.id(),
                review.getId(),
                new NewRater("Rita Rater", email, RaterGroup.PEER),
                fixtures.principal(t.coach()));
        String body = jdbc.queryForObject(
                "select text_body from outbox_message where lower(recipient_email) = lower(?) order by id limit 1",
                String.class,
                email);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "http://localhost:8080(/feedback/[A-Za-z0-9_-]{43})")
                .matcher(body);
        assertThat(link.find()).isTrue();

        String page = mvc.perform(get(link.group(1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // 23:59 in New York is 04:59 (or 03:59 in summer) the next day in UTC
        String due = Days.when(closesAt.minusSeconds(60).atZone(ZoneId.of("Etc/UTC"))) + " (end of "
                + Days.date(lastDay) + " in New York)";
        assertThat(due).contains(Days.date(lastDay.plusDays(1))).contains(" UTC (");
        assertThat(Page.of(page).text("[data-test=due]")).isEqualTo("Due " + due + ".");
    }

    Long questionSet() {
        return jdbc.queryForObject(
                "select id from feedback_question_set where name = 'Feedforward check-in'", Long.class);
    }
}

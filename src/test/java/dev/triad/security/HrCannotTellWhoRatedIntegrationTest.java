package dev.triad.security;

import dev.triad.account.User;
import dev.triad.assessment.Assessment;
import dev.triad.feedback.AnswerInput;
import dev.triad.feedback.FeedbackRater;
import dev.triad.feedback.NewFeedbackRequest;
import dev.triad.feedback.NewRater;
import dev.triad.feedback.RaterGroup;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * HR administrators never learn who was asked for 360 feedback, who answered or who was reminded (DOMAIN.md: raters'
 * names and who answered are the client's and the coach's). A 360 with raters whose names and emails are unique
 * markers, one of whom answers, then the coach's reminders to the others; then every page HR's navigation leads to,
 * followed link by link from HR's home (GETs only, the outbox's message pages and the audit log included), is read:
 * no marker is on any of them, and no rater mail is listed at all (their number and times would tell who answered): their
 * pages, and retrying one, answer as a made-up id does.
 */
@IntegrationTest
class HrCannotTellWhoRatedIntegrationTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern ID_IN_PATH =
            Pattern.compile("(/(?:engagements|people|programmes)/|[?&]programme=)(\\d+)");
    private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");
    /** Filters naming a record (HR's home by programme or coach, the audit log by person): followed for ours only. */
    private static final Pattern ID_IN_QUERY =
            Pattern.compile("[?&](programme|coach|person|engagement|client|leader)=(\\d+)");

    private static final int MAX_PAGES = 600;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void noPageHrCanReachNamesARaterOrTellsWhoAnsweredOrWasReminded() throws Exception {
        SecurityWorld world = new SecurityWorld(context);
        Triad t = world.fixtures.aTriad();
        User hr = world.fixtures.hr();
        Assessment review = world.feedback.createRequest(
                t.id(),
                new NewFeedbackRequest(
                        "Quarterly 360",
                        world.setId("Feedforward check-in"),
                        LocalDate.now().plusDays(9)),
                world.as(t.coach()));

        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> markers = new ArrayList<>();
        Map<String, String> emails = new LinkedHashMap<>();
        for (String who : List.of("Annwyl", "Nedric", "Niamor")) {
            String name = who + " Rater" + tag;
            String email = who.toLowerCase() + "." + tag + "@raters.example";
            markers.add(name);
            markers.add(who + " Rater");
            markers.add(email);
            markers.add(who.toLowerCase() + "." + tag);
            emails.put(name, email);
        }
        List<FeedbackRater> raters = new ArrayList<>();
        for (Map.Entry<String, String> rater : emails.entrySet()) {
            raters.add(world.feedback.addRater(
                    t.id(),
                    review.getId(),
                    new NewRater(rater.getKey(), rater.getValue(), RaterGroup.PEER),
                    world.as(t.client())));
        }
        // the leader as a rater: their own name HR knows, but not whether they were asked or answered
        world.feedback.addRater(
                t.id(),
                review.getId(),
                new NewRater(t.leader().getFullName(), t.leader().getEmail(), RaterGroup.LEADER),
                world.as(t.client()));

        // Annwyl answers; the coach reminds the others
        String token = world.token(raters.get(0).getEmail(), "/feedback/");
        assertThat(world.feedback
                        .answer(token, everyQuestion(world, review), true)
                        .accepted())
                .isTrue();
        assertThat(world.feedback.remind(t.id(), review.getId(), world.as(t.coach())))
                .isEqualTo(3);

        // one mail failed for good, and the mail server's words name the address
        Long failed = world.jdbc.queryForObject(
                "select max(id) from outbox_message where recipient_email = ?",
                Long.class,
                raters.get(1).getEmail());
        world.jdbc.update(
                "update outbox_message set status = 'FAILED', attempts = 8, last_error = ? where id = ?",
                "SMTPAddressFailedException: 550 5.1.1 <" + raters.get(1).getEmail() + ">: Recipient address rejected",
                failed);

        Map<String, String> pages = crawl(hr, t, world);
        assertThat(pages).as("the crawl reached the outbox and the audit log").containsKeys("/outbox", "/audit");
        List<Long> raterMails = world.jdbc.queryForList(
                "select id from outbox_message where lower(recipient_email) in (?, ?, ?, ?) order by id",
                Long.class,
                raters.get(0).getEmail(),
                raters.get(1).getEmail(),
                raters.get(2).getEmail(),
                t.leader().getEmail().toLowerCase());
        assertThat(raterMails).hasSizeGreaterThanOrEqualTo(7);
        for (Long mail : raterMails) {
            assertThat(pages).as("a rater mail is not listed in HR's outbox").doesNotContainKey("/outbox/" + mail);
            assertThat(status(hr, world, "/outbox/" + mail))
                    .as("a rater mail's page answers as a made-up id")
                    .isEqualTo(404);
        }
        assertThat(status(hr, world, "/outbox/" + Long.MAX_VALUE)).isEqualTo(404);
        int retried = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/outbox/{id}/retry", failed)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(user(world.as(hr))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(retried)
                .as("retrying a rater mail by its id answers as a made-up id")
                .isEqualTo(404);
        assertThat(pages.get("/outbox")).contains("id=\"rater-mails-not-listed\"");

        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String text = HtmlUtils.htmlUnescape(page.getValue());
            for (String marker : markers) {
                if (text.toLowerCase().contains(marker.toLowerCase())) {
                    found.add(page.getKey() + " shows " + marker);
                }
            }
            for (String telling : List.of(
                    t.client().getFullName() + " asks for your feedback",
                    "your ratings are shown as yours",
                    "would still value your feedback")) {
                if (text.contains(telling)) {
                    found.add(page.getKey() + " shows a rater mail's words: " + telling);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private int status(User viewer, SecurityWorld world, String path) throws Exception {
        return mvc.perform(get(path).with(user(world.as(viewer))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    static AnswerInput everyQuestion(SecurityWorld world, Assessment review) {
        Long requestId = world.jdbc.queryForObject(
                "select id from feedback_request where assessment_id = ?", Long.class, review.getId());
        Map<Long, String> ratings = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        for (Map<String, Object> q : world.jdbc.queryForList(
                "select id, kind from feedback_request_question where request_id = ?", requestId)) {
            if ("RATING".equals(q.get("kind"))) {
                ratings.put((Long) q.get("id"), "4");
            } else {
                texts.put((Long) q.get("id"), "Keep it up");
            }
        }
        return new AnswerInput(ratings, texts);
    }

    /**
     * Every page reached from HR's home by following links within Triad, GET only. The test database holds other tests'
     * engagements, people and programmes too: only this engagement's (its people's, its programme's) are followed, and
     * lists are read on their first page (this test's messages are the newest).
     */
    Map<String, String> crawl(User hr, Triad t, SecurityWorld world) throws Exception {
        Set<Long> ours = new java.util.HashSet<>(List.of(
                t.id(),
                t.client().getId(),
                t.coach().getId(),
                t.leader().getId(),
                hr.getId(),
                world.jdbc.queryForObject("select programme_id from engagement where id = ?", Long.class, t.id())));
        Map<String, String> pages = new LinkedHashMap<>();
        Deque<String> toRead = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new java.util.HashSet<>(toRead);
        while (!toRead.isEmpty()) {
            String path = toRead.poll();
            MvcResult result = mvc.perform(get(path).with(user(world.as(hr)))).andReturn();
            int status = result.getResponse().getStatus();
            assertThat(status).as(path).isLessThan(500);
            String contentType = result.getResponse().getContentType();
            String body = result.getResponse().getContentAsString();
            pages.put(path, body);
            assertThat(pages.size())
                    .as(() -> "the crawl stays bounded; pages read, by their first two segments: "
                            + pages.keySet().stream()
                                    .collect(java.util.stream.Collectors.groupingBy(
                                            p -> p.replaceAll("^(/[^/?]*(/[^/?]*)?).*", "$1"),
                                            java.util.TreeMap::new,
                                            java.util.stream.Collectors.counting())))
                    .isLessThan(MAX_PAGES);
            if (contentType == null || !contentType.startsWith("text/html")) {
                continue;
            }
            Matcher href = HREF.matcher(body);
            while (href.find()) {
                String link = HtmlUtils.htmlUnescape(href.group(1));
                int hash = link.indexOf('#');
                link = hash >= 0 ? link.substring(0, hash) : link;
                if (followed(link, ours) && seen.add(link)) {
                    toRead.add(link);
                }
            }
        }
        return pages;
    }

    static boolean followed(String link, Set<Long> ours) {
        if (!link.startsWith("/")
                || link.startsWith("//")
                || link.startsWith("/webjars/")
                || link.startsWith("/css/")
                || link.startsWith("/js/")
                || link.startsWith("/images/")
                || link.startsWith("/logout")) {
            return false;
        }
        Matcher id = ID_IN_PATH.matcher(link);
        while (id.find()) {
            if (!ours.contains(Long.valueOf(id.group(2)))) {
                return false;
            }
        }
        Matcher filter = ID_IN_QUERY.matcher(link);
        while (filter.find()) {
            if (!ours.contains(Long.valueOf(filter.group(2)))) {
                return false;
            }
        }
        Matcher page = PAGE.matcher(link);
        return !page.find() || page.group(1).equals("0");
    }
}

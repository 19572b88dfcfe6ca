package dev.triad.assessment;

import dev.triad.account.User;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.RaterGroup;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visibility matrix of assessments: client, coach, leader before and after sharing (summary, whole)
 * and after withdrawal, HR, the coach, client and leader of another engagement, and someone signed out;
 * for the assessments page, the assessment page, its files, its 360 results, the forms and the access log.
 */
@IntegrationTest
class AssessmentVisibilityIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FeedbackService feedback;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentTestData data;

    Triad a;
    Triad b;
    User hr;
    Assessment report;
    AssessmentFile file;
    Assessment review;
    String marker;

    @BeforeEach
    void twoEngagements() {
        a = fixtures.aTriad();
        b = fixtures.aTriad();
        hr = fixtures.hr();
        marker = "m" + a.id();
        report = data.psychometric(a, marker);
        file = data.pdf(a, report, "report-" + marker + ".pdf");
        review = data.request(a, "Review " + marker);
        String link = data.rater(a, review, "Pat Peer", Fixtures.uniqueEmail("pat"), RaterGroup.PEER);
        feedback.answer(AssessmentTestData.token(link), data.answers(review, 4, "Open words " + marker), true);
        feedback.close(a.id(), review.getId(), data.p(a.client()));
    }

    String list(Triad t) {
        return "/engagements/" + t.id() + "/assessments";
    }

    String page(Triad t, Assessment x) {
        return list(t) + "/" + x.getId();
    }

    String fileUrl() {
        return page(a, report) + "/files/" + file.getId();
    }

    String results() {
        return page(a, review) + "/results";
    }

    void share(Assessment x, Sharing sharing) throws Exception {
        mvc.perform(post(page(a, x) + "/sharing")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("sharing", sharing.name()))
                .andExpect(status().is3xxRedirection());
    }

    void expect(User who, ResultMatcher matcher, String... urls) throws Exception {
        for (String url : urls) {
            mvc.perform(get(url).with(fixtures.as(who))).andExpect(matcher);
        }
    }

    @Test
    void theClientSeesEverythingOfTheirAssessmentsAndTheirAccessLog() throws Exception {
        mvc.perform(get(list(a)).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(".assessment-card h3", hasItem(containsString("Instrument " + marker))))
                .andExpect(Page.texts(".assessment-card p.text-prewrap", hasItem(containsString("Summary " + marker))))
                .andExpect(Page.texts("[data-test=strengths] li", hasItem(containsString("Strength " + marker))))
                .andExpect(Page.texts("[data-test=development-areas] li", hasItem(containsString("Area " + marker))))
                .andExpect(Page.count(
                        ".assessment-card canvas[data-competencies*='Competency " + marker + "']", greaterThan(0)))
                .andExpect(content()
                        .string(allOf(containsString("Record an assessment"), containsString("Who has seen my data"))));
        mvc.perform(get(page(a, report)).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(".report-file a", hasItem("report-" + marker + ".pdf")))
                .andExpect(content()
                        .string(allOf(containsString("Share the summary"), containsString("Share all of it"))));
        expect(
                a.client(),
                status().isOk(),
                fileUrl(),
                results(),
                list(a) + "/access-log",
                page(a, report) + "/edit",
                page(a, report) + "/scores",
                page(a, review) + "/feedback",
                page(a, review) + "/feedback/self");
    }

    @Test
    void theCoachSeesEverythingButTheAccessLogAndCannotShare() throws Exception {
        mvc.perform(get(list(a)).with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(".assessment-card h3", hasItem(containsString("Instrument " + marker))))
                .andExpect(Page.texts(".assessment-card p.text-prewrap", hasItem(containsString("Summary " + marker))));
        mvc.perform(get(page(a, report)).with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(".report-file a", hasItem("report-" + marker + ".pdf")))
                .andExpect(content().string(not(containsString("Share all of it"))));
        expect(
                a.coach(),
                status().isOk(),
                fileUrl(),
                results(),
                page(a, report) + "/edit",
                page(a, review) + "/feedback");
        expect(a.coach(), status().isForbidden(), list(a) + "/access-log", page(a, review) + "/feedback/self");
        mvc.perform(post(page(a, report) + "/sharing")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("sharing", "WHOLE"))
                .andExpect(status().isForbidden());
        mvc.perform(get(page(a, report)).with(fixtures.as(a.leader()))).andExpect(status().isNotFound());
    }

    @Test
    void withdrawingAShareGoesThroughAConfirmationStepThatSaysWhatHappens() throws Exception {
        share(report, Sharing.WHOLE);
        mvc.perform(get(page(a, report)).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.count("a[href=" + page(a, report) + "/sharing/withdraw]", greaterThan(0)))
                .andExpect(content().string(not(containsString("value=\"NONE\""))));
        mvc.perform(get(page(a, report) + "/sharing/withdraw").with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.count("#withdraw-effect", is(1)))
                .andExpect(Page.count("#confirm-withdraw input[name=sharing][value=NONE]", is(1)));
        // looking at the step changes nothing: the leader still reads it
        mvc.perform(get(page(a, report)).with(fixtures.as(a.leader()))).andExpect(status().isOk());
        expect(a.coach(), status().isForbidden(), page(a, report) + "/sharing/withdraw");
        expect(a.leader(), status().isForbidden(), page(a, report) + "/sharing/withdraw");
        expect(b.client(), status().isNotFound(), page(a, report) + "/sharing/withdraw");

        share(report, Sharing.NONE);
        mvc.perform(get(page(a, report) + "/sharing/withdraw").with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("id=\"not-shared\""), not(containsString("value=\"NONE\"")))));
        mvc.perform(get(page(a, report)).with(fixtures.as(a.leader()))).andExpect(status().isNotFound());
    }

    @Test
    void theLeaderSeesNothingUntilTheClientShares() throws Exception {
        mvc.perform(get(list(a)).with(fixtures.as(a.leader())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Instrument " + marker)),
                                not(containsString("Summary " + marker)),
                                not(containsString("Review " + marker)),
                                containsString("has not shared any assessments with you"))));
        expect(a.leader(), status().isNotFound(), page(a, report), fileUrl(), results(), page(a, review));
        expect(
                a.leader(),
                status().isForbidden(),
                list(a) + "/access-log",
                page(a, report) + "/edit",
                page(a, report) + "/scores",
                page(a, review) + "/feedback",
                list(a) + "/new",
                list(a) + "/new-360");
        mvc.perform(post(page(a, report) + "/sharing")
                        .with(fixtures.as(a.leader()))
                        .with(csrf())
                        .param("sharing", "WHOLE"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSummaryShareShowsTheLeaderTheSummaryStrengthsAndAreasButNoScoresFilesOrResults() throws Exception {
        share(report, Sharing.SUMMARY);
        share(review, Sharing.SUMMARY);
        mvc.perform(get(list(a)).with(fixtures.as(a.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(".assessment-card h3", hasItem(containsString("Instrument " + marker))))
                .andExpect(Page.texts(".assessment-card p.text-prewrap", hasItem(containsString("Summary " + marker))))
                .andExpect(Page.texts("[data-test=strengths] li", hasItem(containsString("Strength " + marker))))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Competency " + marker)),
                                not(containsString("Record an assessment")))));
        mvc.perform(get(page(a, report)).with(fixtures.as(a.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.text(".assessment-summary", containsString("Summary " + marker)))
                .andExpect(Page.texts(".development-areas li", hasItem(containsString("Area " + marker))))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Competency " + marker)),
                                not(containsString("report-" + marker)),
                                not(containsString("Share the summary")))));
        expect(a.leader(), status().isNotFound(), fileUrl(), results());
    }

    @Test
    void aWholeShareShowsTheLeaderScoresFilesAndResultsAndAWithdrawalTakesThemAwayAtOnce() throws Exception {
        share(report, Sharing.WHOLE);
        share(review, Sharing.WHOLE);
        mvc.perform(get(page(a, report)).with(fixtures.as(a.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(".score-table td:first-child", hasItem(containsString("Competency " + marker))))
                .andExpect(Page.texts(".report-file a", hasItem("report-" + marker + ".pdf")));
        expect(a.leader(), status().isOk(), fileUrl());
        mvc.perform(get(results()).with(fixtures.as(a.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(".open-answer", hasItem(containsString("Open words " + marker))));

        share(report, Sharing.NONE);
        share(review, Sharing.NONE);
        expect(a.leader(), status().isNotFound(), page(a, report), fileUrl(), results(), page(a, review));
        mvc.perform(get(list(a)).with(fixtures.as(a.leader())))
                .andExpect(content().string(not(containsString("Instrument " + marker))));
    }

    @Test
    void hrSeesThatAssessmentsExistButNothingTheySay() throws Exception {
        share(report, Sharing.WHOLE);
        mvc.perform(get(list(a)).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        ".assessment-facts td:first-child",
                        containsInAnyOrder("Psychometric instrument", "360 review")))
                .andExpect(Page.text(".assessment-facts caption", is("2 assessment(s) recorded")))
                .andExpect(content()
                        .string(allOf(not(containsString(marker)), not(containsString("Record an assessment")))));
        expect(
                hr,
                status().isForbidden(),
                page(a, report),
                fileUrl(),
                results(),
                list(a) + "/access-log",
                page(a, report) + "/edit",
                page(a, review) + "/feedback",
                list(a) + "/new");
        mvc.perform(get("/engagements/" + a.id()).with(fixtures.as(hr)))
                .andExpect(Page.count("a[href=/engagements/" + a.id() + "/assessments]", greaterThan(0)));
    }

    @Test
    void theCoachClientAndLeaderOfAnotherEngagementFindNothing() throws Exception {
        share(report, Sharing.WHOLE);
        for (User stranger : List.of(b.coach(), b.client(), b.leader())) {
            expect(
                    stranger,
                    status().isNotFound(),
                    list(a),
                    page(a, report),
                    fileUrl(),
                    results(),
                    list(a) + "/access-log",
                    page(a, report) + "/edit",
                    page(a, review) + "/feedback");
            // their own engagement's address with someone else's assessment id
            expect(
                    stranger,
                    status().isNotFound(),
                    page(b, report),
                    list(b) + "/" + report.getId() + "/files/" + file.getId(),
                    page(b, review) + "/results");
            mvc.perform(post(page(a, report) + "/sharing")
                            .with(fixtures.as(stranger))
                            .with(csrf())
                            .param("sharing", "NONE"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post(page(b, report) + "/sharing")
                        .with(fixtures.as(b.client()))
                        .with(csrf())
                        .param("sharing", "NONE"))
                .andExpect(status().isNotFound());
    }

    @Test
    void someoneSignedOutIsSentToSignIn() throws Exception {
        for (String url : List.of(
                list(a), page(a, report), fileUrl(), results(), list(a) + "/access-log", "/feedback-question-sets")) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aDownloadIsServedAsAnAttachmentThatBrowsersDoNotSniff() throws Exception {
        mvc.perform(get(fileUrl()).with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("report-" + marker + ".pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().bytes(AssessmentTestData.PDF));
    }
}

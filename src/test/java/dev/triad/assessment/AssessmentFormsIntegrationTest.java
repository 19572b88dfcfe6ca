package dev.triad.assessment;

import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The assessment, scores, upload and 360-request forms: what they take, and the messages for what they refuse. */
@IntegrationTest
class AssessmentFormsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentTestData data;

    Triad t;
    Assessment report;

    @BeforeEach
    void anEngagementWithAReport() {
        t = fixtures.aTriad();
        report = data.psychometric(t, "f" + t.id());
    }

    String base() {
        return "/engagements/" + t.id() + "/assessments";
    }

    String files() {
        return base() + "/" + report.getId() + "/files";
    }

    long fileCount() {
        return jdbc.queryForObject(
                "select count(*) from assessment_file where assessment_id = ?", Long.class, report.getId());
    }

    @Test
    void theClientRecordsAnAssessmentAndItsStrengthsShowSideBySideWithoutListMarkers() throws Exception {
        mvc.perform(post(base())
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("kind", "SELF_ASSESSMENT")
                        .param("title", "My own look <b>back</b>")
                        .param("assessedOn", LocalDate.now().toString())
                        .param("summary", "Where I stand")
                        .param("strengths", "- Calm\n* Curious\n\n• Organised")
                        .param("developmentAreas", "Saying no"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(base() + "/*"));
        mvc.perform(get(base()).with(fixtures.as(t.client())))
                .andExpect(Page.texts("[data-test=strengths] li", hasItems("Calm", "Curious", "Organised")))
                .andExpect(Page.texts("[data-test=development-areas] li", hasItem("Saying no")))
                .andExpect(content()
                        .string(allOf(
                                containsString("My own look &lt;b&gt;back&lt;/b&gt;"),
                                not(containsString("<b>back</b>")))));
    }

    @Test
    void theAssessmentFormSaysWhatIsWrongNextToEachField() throws Exception {
        mvc.perform(post(base())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("kind", "HOROSCOPE")
                        .param("title", " ")
                        .param("assessedOn", "yesterday")
                        .param("summary", "x".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choose one of the options"),
                                containsString("Name the assessment, e.g. the instrument"),
                                containsString("Enter a date, such as 2026-03-31"),
                                containsString("Use at most 4000 characters"))));
        mvc.perform(post(base())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("kind", "PSYCHOMETRIC")
                        .param("title", "Future")
                        .param("assessedOn", LocalDate.now().plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date cannot be in the future")));
        mvc.perform(post(base())
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("kind", "PSYCHOMETRIC")
                        .param("title", "Nul\u0000l")
                        .param("assessedOn", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use letters, digits and punctuation only")));
    }

    @Test
    void aStaleEditKeepsWhatWasTypedWithAConflict() throws Exception {
        String edit = base() + "/" + report.getId() + "/edit";
        assessments.update(
                t.id(),
                report.getId(),
                0,
                new AssessmentDetails(
                        AssessmentKind.PSYCHOMETRIC,
                        "Renamed by the coach",
                        LocalDate.now(),
                        "Coach summary",
                        null,
                        null),
                data.p(t.coach()));
        mvc.perform(post(edit)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "PSYCHOMETRIC")
                        .param("title", "My title")
                        .param("assessedOn", LocalDate.now().toString()))
                .andExpect(status().isConflict())
                .andExpect(Page.value("#title", is("My title")))
                .andExpect(Page.text("#conflict h2", is("Someone else saved this assessment after you opened it")))
                .andExpect(Page.texts("#conflict .stale-edit-stored", hasItem("Renamed by the coach")));
    }

    @Test
    void sharingDoesNotMakeAnEditOpenedBeforeItStaleAndTheEditKeepsTheSharing() throws Exception {
        String edit = base() + "/" + report.getId() + "/edit";
        long opened = jdbc.queryForObject("select version from assessment where id = ?", Long.class, report.getId());
        mvc.perform(post(base() + "/" + report.getId() + "/sharing")
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("sharing", "SUMMARY"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(edit)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("version", String.valueOf(opened))
                        .param("kind", "PSYCHOMETRIC")
                        .param("title", "Retitled by the coach")
                        .param("assessedOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForMap("select title, sharing from assessment where id = ?", report.getId()))
                .containsEntry("title", "Retitled by the coach")
                .containsEntry("sharing", "SUMMARY");
    }

    @Test
    void scoresAreCheckedLineByLineAndDrawnAsAChart() throws Exception {
        String scores = base() + "/" + report.getId() + "/scores";
        mvc.perform(post(scores)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("scores", "Influence; 4; 5\nDrive; 9; 5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Line 2: the score 9 is above the scale 5")));
        mvc.perform(post(scores)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("version", "0")
                        .param("scores", "Influence; 4; 5\nDrive\t3,5\t5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base() + "/" + report.getId()).with(fixtures.as(t.client())))
                .andExpect(Page.count(
                        "canvas.score-chart[data-competencies='[\"Influence\",\"Drive\"]'][data-scores='[4,3.5]']",
                        is(1)))
                .andExpect(content().string(containsString("/js/assessment-charts.js")));
        mvc.perform(post(scores).with(fixtures.as(t.leader())).with(csrf()).param("scores", "X; 1; 5"))
                .andExpect(status().isForbidden());
    }

    @Test
    void staleScoresAreA409ThatShowsTheTypedLinesBesideTheSavedOnesAndOverwriteNothing() throws Exception {
        String scores = base() + "/" + report.getId() + "/scores";
        mvc.perform(post(scores)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("version", "0")
                        .param("scores", "Influence; 4; 5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(scores)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("version", "0")
                        .param("scores", "Drive; 2; 5"))
                .andExpect(status().isConflict())
                .andExpect(Page.text(
                        "#conflict h2", is("Someone else saved this assessment’s scores after you opened it")))
                .andExpect(Page.texts("#conflict .stale-edit-typed", hasItem(containsString("Drive; 2; 5"))))
                .andExpect(Page.texts("#conflict .stale-edit-stored", hasItem(containsString("Influence; 4; 5"))));
        assertThat(jdbc.queryForList(
                        "select competency from assessment_score where assessment_id = ?",
                        String.class,
                        report.getId()))
                .containsExactly("Influence");
    }

    @Test
    void aPdfIsAttachedAndServedBackAsItCame() throws Exception {
        mvc.perform(multipart(files())
                        .file(new MockMultipartFile(
                                "file", "Hogan report.pdf", "application/pdf", AssessmentTestData.PDF))
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(flash().attribute("message", "“Hogan report.pdf” attached."));
        Long id = jdbc.queryForObject(
                "select id from assessment_file where assessment_id = ?", Long.class, report.getId());
        mvc.perform(get(files() + "/" + id).with(fixtures.as(t.coach())))
                .andExpect(content().bytes(AssessmentTestData.PDF));
        mvc.perform(multipart(files())
                        .file(new MockMultipartFile("file", "chart.png", "image/png", AssessmentTestData.PNG))
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(flash().attribute("message", containsString("chart.png")));
        mvc.perform(post(files() + "/" + id + "/delete")
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fileCount()).isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment_file_content where file_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void badUploadsAreRefusedWithAMessageAndNothingIsKept() throws Exception {
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(files())
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", html))
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "fileError",
                                "Only PDF, PNG and JPEG reports can be attached, and this file is none of them"));
        mvc.perform(multipart(files())
                        .file(new MockMultipartFile("file", "photo.png", "image/png", AssessmentTestData.PDF))
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(flash().attribute("fileError", containsString("another kind of file")));
        mvc.perform(multipart(files())
                        .file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(flash().attribute("fileError", "Choose a file to attach"));
        mvc.perform(multipart(files()).with(fixtures.as(t.coach())).with(csrf()))
                .andExpect(flash().attribute("fileError", "Choose a file to attach"));
        byte[] large = new byte[AssessmentFile.MAX_BYTES + 1];
        System.arraycopy(AssessmentTestData.PDF, 0, large, 0, AssessmentTestData.PDF.length);
        mvc.perform(multipart(files())
                        .file(new MockMultipartFile("file", "large.pdf", "application/pdf", large))
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(flash().attribute("fileError", containsString("larger than 5 MB")));
        assertThat(fileCount()).isZero();

        for (int i = 0; i < AssessmentFile.MAX_FILES_PER_ASSESSMENT; i++) {
            data.pdf(t, report, "r" + i + ".pdf");
        }
        mvc.perform(multipart(files())
                        .file(new MockMultipartFile("file", "eleventh.pdf", "application/pdf", AssessmentTestData.PDF))
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(flash().attribute("fileError", containsString("at most 10 files")));
        assertThat(fileCount()).isEqualTo(10);
    }

    @Test
    void onlyClientAndCoachAttachFilesAndOthersAreRefused() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("file", "x.pdf", "application/pdf", AssessmentTestData.PDF);
        mvc.perform(multipart(files()).file(pdf).with(fixtures.as(t.leader())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(files())
                        .file(pdf)
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(files())
                        .file(pdf)
                        .with(fixtures.as(fixtures.aTriad().coach()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fileCount()).isZero();
    }

    @Test
    void aRequestNeedsAnOfferedSetAndALastDayWithinNinetyDays() throws Exception {
        String form = base() + "/new-360";
        mvc.perform(get(form).with(fixtures.as(t.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.texts("label.form-check-label", hasItems("Leadership 360", "Feedforward check-in")))
                .andExpect(content().string(containsString("What should this person do more of in the future?")));
        mvc.perform(post(form)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("title", "360")
                        .param("lastDay", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the question sets")));
        Long set = data.setId("Leadership 360");
        mvc.perform(post(form)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("title", "360")
                        .param("questionSetId", set.toString())
                        .param("lastDay", LocalDate.now().toString()))
                .andExpect(content().string(containsString("The last day must be after today")));
        mvc.perform(post(form)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("title", "360")
                        .param("questionSetId", set.toString())
                        .param("lastDay", LocalDate.now().plusDays(91).toString()))
                .andExpect(content().string(containsString("at most 90 days")));
        mvc.perform(post(form)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("title", "My 360")
                        .param("questionSetId", set.toString())
                        .param("lastDay", LocalDate.now().plusDays(14).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(base() + "/*/feedback"));
        Long assessmentId = jdbc.queryForObject(
                "select id from assessment where engagement_id = ? and title = 'My 360'", Long.class, t.id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_request_question q join feedback_request r on r.id = q.request_id "
                                + "where r.assessment_id = ?",
                        Long.class,
                        assessmentId))
                .isEqualTo(13);
        mvc.perform(post(base() + "/" + assessmentId + "/edit")
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "PSYCHOMETRIC")
                        .param("title", "My 360")
                        .param("assessedOn", LocalDate.now().toString()))
                .andExpect(content().string(containsString("it stays a 360 review")));
    }
}

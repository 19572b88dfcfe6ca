package dev.triad.security;

import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.triad.security.HostileInput.ATTRIBUTE_BREAKER;
import static dev.triad.security.HostileInput.ATTRIBUTE_BREAKER_ESCAPED;
import static dev.triad.security.HostileInput.ATTRIBUTE_BREAKER_RAW;
import static dev.triad.security.HostileInput.CONTROL_CHARACTERS;
import static dev.triad.security.HostileInput.MEGABYTE;
import static dev.triad.security.HostileInput.NULL_BYTE;
import static dev.triad.security.HostileInput.OTHER_ENGAGEMENTS_ID;
import static dev.triad.security.HostileInput.SCRIPT;
import static dev.triad.security.HostileInput.SCRIPT_ESCAPED;
import static dev.triad.security.Scene.at;
import static dev.triad.security.Scene.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every POST route the application has (read from Spring MVC's handler mappings) gets every value of
 * {@link HostileInput} in every one of its fields, one field at a time with the others valid, posted by the person
 * allowed to use the form on a fresh engagement. The answer is never a server error: it is the page again with a
 * message next to the field, a redirect, or a 4xx; markup never comes back unescaped, and markup that was stored is
 * shown escaped on the page the form leads to. The fields come from the handler's form object and request
 * parameters, so a new field is covered without touching this test; a new POST route fails until it is in the table.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTest {

    /** Statuses a hostile post may get besides the page again (200) and a redirect. */
    private static final Set<Integer> REFUSALS = Set.of(400, 403, 404, 409, 410, 413);
    /** The form again, with messages: 200, or 422 where the page says so (the 360 answer sheets). */
    private static final Set<Integer> PAGE_AGAIN = Set.of(200, 422);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;

    private User hr;
    private Scene people;
    private Scene other;

    private synchronized User hr() {
        if (hr == null) {
            hr = fixtures.hr();
        }
        return hr;
    }

    /** A new engagement of one client, coach and leader shared by all routes (new accounts would cost seconds). */
    private synchronized Scene freshScene() {
        if (people == null) {
            people = new Scene(context, hr());
        }
        return new Scene(context, hr(), people);
    }

    /** An engagement the posters have no part in: its ids are the "other users' ids" of the corpus. */
    private synchronized Scene other() {
        if (other == null) {
            other = new Scene(context, hr());
        }
        return other;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The table: every POST route, who posts it, where, with which valid values, and which fields it shows again.

    /** Also read by {@link ClosedEngagementIsReadOnlyIntegrationTest}: who posts each route, with which valid values. */
    final Map<String, Route> routes = new LinkedHashMap<>();

    {
        // Goals and action steps
        route("/engagements/{id}/action-steps")
                .as(Scene::client)
                .at(s -> ids(s.id()))
                .valid(s -> form(
                        "description",
                        "Ask each lead what they need",
                        "dueOn",
                        today(7),
                        "goalId",
                        s.goal(),
                        "back",
                        "plan"))
                .shows("description")
                .ignores("back");
        route("/engagements/{id}/action-steps/{stepId}/edit")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.step()))
                .valid(s -> form(
                        "description",
                        "Ask each lead again",
                        "dueOn",
                        today(8),
                        "goalId",
                        s.goal(),
                        "version",
                        s.version("action_step", s.step()),
                        "back",
                        "plan"))
                .shows("description")
                .ignores("back");
        route("/engagements/{id}/action-steps/{stepId}/notes")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.step()))
                .valid(s -> form("text", "Spoke to both leads", "back", "plan"))
                .shows("text")
                .ignores("back");
        route("/engagements/{id}/action-steps/{stepId}/status")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.step()))
                .valid(s -> form("status", "DONE", "back", "plan"))
                .ignores("back");
        route("/engagements/{id}/goals")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form(
                        "statement",
                        "Grow two team leads",
                        "successMeasure",
                        "Two leads run the meeting",
                        "category",
                        "WORK",
                        "metricUnit",
                        "%",
                        "metricBaseline",
                        "10",
                        "metricTarget",
                        "50",
                        "status",
                        "ACTIVE",
                        "visibility",
                        "SHARED"))
                .shows("statement", "successMeasure", "metricUnit");
        route("/engagements/{id}/goals/{goalId}/edit")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.goal()))
                .valid(s -> form(
                        "statement",
                        "Grow three team leads",
                        "successMeasure",
                        "Three leads run the meeting",
                        "category",
                        "WORK",
                        "metricUnit",
                        "%",
                        "metricBaseline",
                        "10",
                        "metricTarget",
                        "60",
                        "status",
                        "ACTIVE",
                        "visibility",
                        "SHARED",
                        "version",
                        s.version("goal", s.goal())))
                .shows("statement", "successMeasure", "metricUnit");
        route("/engagements/{id}/goals/{goalId}/check-ins")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.goal()))
                .valid(s -> form("measuredOn", today(0), "value", "20", "comment", "Better week"))
                .shows("comment");
        route("/engagements/{id}/goals/{goalId}/check-ins/{checkInId}/edit")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.goal(), s.goalCheckIn()))
                .valid(s -> form(
                        "measuredOn",
                        today(0),
                        "value",
                        "25",
                        "comment",
                        "Corrected",
                        "version",
                        s.version("goal_check_in", s.goalCheckIn())))
                .shows("comment");
        route("/engagements/{id}/goals/{goalId}/check-ins/{checkInId}/delete")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.goal(), s.goalCheckIn()))
                .valid(s -> form("version", s.version("goal_check_in", s.goalCheckIn())))
                .once();
        route("/engagements/{id}/goals/{goalId}/leader-input")
                .as(Scene::leader)
                .at(s -> ids(s.id(), s.goal()))
                .valid(s -> form("text", "I see more delegation"))
                .shows("text");

        // Alignment, phases, intake, progress reports and leader feedback
        route("/engagements/{id}/alignment/meetings")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form("kind", "INITIAL", "startsAt", at(10), "minutes", "60", "location", "Room 4"))
                .shows("location")
                .once();
        route("/engagements/{id}/alignment/meetings/{meetingId}/objectives")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.meeting()))
                .valid(s -> form("objectives", "Agree on delegation"))
                .shows("objectives");
        route("/engagements/{id}/alignment/meetings/{meetingId}/checklist")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.pastMeeting()))
                .valid(s -> form(
                        "items[0].id", s.agendaItem(), "items[0].covered", "true", "items[0].notes", "Roles are clear"))
                .shows("items[0].notes");
        route("/engagements/{id}/alignment/meetings/{meetingId}/leader-input")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.pastMeeting()))
                .valid(s -> form(
                        "topic",
                        "ANSWER",
                        "question",
                        "What are the client’s greatest strengths?",
                        "goalId",
                        s.goal(),
                        "text",
                        "Calm under pressure"))
                .shows("question", "text");
        route("/engagements/{id}/alignment/meetings/{meetingId}/outcome")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.pastMeeting()))
                .valid(s -> form(
                        "agreedGoals",
                        "Delegate more",
                        "agreedMeasures",
                        "Two leads run the meeting",
                        "reportCadence",
                        "MONTHLY"))
                .shows("agreedGoals", "agreedMeasures");
        route("/engagements/{id}/alignment/meetings/{meetingId}/confirm")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.pastMeeting()))
                .once();
        route("/engagements/{id}/alignment/meetings/{meetingId}/held")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.pastMeeting()));
        route("/engagements/{id}/alignment/meetings/{meetingId}/move")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.meeting()))
                .valid(s ->
                        form("reason", "The leader travels", "startsAt", at(12), "minutes", "90", "location", "Room 6"))
                .shows("location");
        route("/engagements/{id}/alignment/meetings/{meetingId}/cancel")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.meeting()))
                .valid(s -> form("reason", "The leader is ill"))
                .once()
                .ignores("startsAt", "minutes", "location");
        route("/engagements/{id}/phase")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form("from", "INTAKE", "to", "ASSESSMENT", "closure", "", "reason", "Intake done"))
                .once();
        route("/engagements/{id}/reports")
                .as(Scene::client)
                .at(s -> ids(s.id()))
                .valid(s -> form(
                        "committed",
                        "Delegate",
                        "done",
                        "Delegated",
                        "observed",
                        "It went well",
                        "nextSteps",
                        "More",
                        "action",
                        "draft"))
                .shows("committed", "done", "observed", "nextSteps")
                .ignores("action")
                .pages(s -> s.reports().stream()
                        .map(r -> "/engagements/" + s.id() + "/reports/" + r)
                        .toList());
        route("/engagements/{id}/reports/{reportId}")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.report()))
                .valid(s -> form(
                        "committed",
                        "Delegate",
                        "done",
                        "Delegated",
                        "observed",
                        "It went well",
                        "nextSteps",
                        "More",
                        "version",
                        s.version("progress_report", s.report()),
                        "action",
                        "draft"))
                .shows("committed", "done", "observed", "nextSteps")
                .ignores("action")
                .pages(s -> List.of("/engagements/" + s.id() + "/reports/" + s.report()));
        route("/engagements/{id}/reports/{reportId}/delete")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.draftToDelete()))
                .once();
        route("/engagements/{id}/feedback")
                .as(Scene::leader)
                .at(s -> ids(s.id()))
                .valid(s -> form("text", "You ran the meeting well", "goalId", s.goal()))
                .shows("text");
        route("/engagements/{id}/intake")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form(
                        "whatPrompted",
                        "A new team",
                        "sponsorReasons",
                        "Growth",
                        "clientBackground",
                        "Ten years in sales"))
                .shows("whatPrompted", "sponsorReasons", "clientBackground");

        // Evaluation
        route("/engagements/{id}/check-ins/{checkInId}")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.checkIn()))
                .valid(s -> form("fit", "4", "whatShouldChange", "More challenge"))
                .shows("whatShouldChange")
                .once();
        route("/engagements/{id}/coach-change")
                .as(Scene::client)
                .at(s -> ids(s.id()))
                .valid(s -> form("reason", "We do not click"))
                .once();
        route("/coach-change-requests/{requestId}/decline")
                .as(Scene::hr)
                .at(s -> ids(s.coachChangeRequest()))
                .valid(s -> form("answer", "Talk it through with your coach first"))
                .once();
        route("/engagements/{id}/close-out")
                .as(Scene::client)
                .at(s -> ids(s.closed()))
                .valid(s -> form(
                        "satisfaction",
                        "4",
                        "goalsAchieved",
                        "4",
                        "behaviourChange",
                        "3",
                        "wouldRecommend",
                        "9",
                        "comments",
                        "Worth it"))
                .shows("comments")
                .once();
        route("/engagements/{id}/coachability")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form("rating", "4", "note", "Open to feedback"))
                .shows("note");
        route("/engagements/{id}/referrals")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form("kind", "EAP", "note", "Talk to the EAP about stress"))
                .shows("note");
        route("/engagements/{id}/impact-measures")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form("name", "Retention", "unit", "%", "before", "80", "after", "85"))
                .shows("name", "unit");
        route("/engagements/{id}/impact-measures/{measureId}")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.measure()))
                .valid(s -> form(
                        "name",
                        "Retention",
                        "unit",
                        "%",
                        "before",
                        "80",
                        "after",
                        "90",
                        "version",
                        s.version("impact_measure", s.measure())))
                .shows("name", "unit");
        route("/engagements/{id}/impact-measures/{measureId}/delete")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.measure()));

        // Notifications and the outbox
        route("/notifications/read").as(Scene::client);
        route("/account/notifications").as(Scene::client).valid(s -> form("reminders", "SESSION_REMINDER"));
        // makes the feed address and shows it on the page it answers with (a token kept nowhere, not even a flash)
        route("/account/calendar").as(Scene::client).answersWithAPage();
        route("/account/meeting-link")
                .as(Scene::coach)
                .valid(s -> form("meetingLink", "https://meet.example.org/room"));
        // a weekday's message sits next to that day's field (days[0]…days[6]), which "days" does not name
        route("/availability")
                .as(Scene::coach)
                .valid(s -> form("days[0]", "09:00-12:00", "noticeHours", "24", "bufferMinutes", "0", "exceptions", ""))
                .ignores("days");
        route("/outbox/{id}/retry").as(Scene::hr).at(s -> ids(s.outboxMessage()));
        route("/outbox/held/retry").as(Scene::hr);

        // Data rights: HR erases a closed engagement past its retention period
        route("/retention/engagements/{id}/erase")
                .as(Scene::hr)
                .at(s -> ids(s.closedLongAgo()))
                .valid(s -> form("reason", "Retention schedule"))
                .once();

        // Assessments and 360 feedback
        route("/engagements/{id}/assessments")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form(
                        "kind",
                        "PSYCHOMETRIC",
                        "title",
                        "Instrument",
                        "assessedOn",
                        today(-3),
                        "summary",
                        "Summary",
                        "strengths",
                        "Listening",
                        "developmentAreas",
                        "Delegation"))
                .shows("title", "summary", "strengths", "developmentAreas");
        route("/engagements/{id}/assessments/{aid}/edit")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.assessment()))
                .valid(s -> form(
                        "kind",
                        "PSYCHOMETRIC",
                        "title",
                        "Instrument",
                        "assessedOn",
                        today(-3),
                        "summary",
                        "Summary",
                        "strengths",
                        "Listening",
                        "developmentAreas",
                        "Delegation",
                        "version",
                        s.version("assessment", s.assessment())))
                .shows("title", "summary", "strengths", "developmentAreas");
        route("/engagements/{id}/assessments/{aid}/scores")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.assessment()))
                .valid(s -> form("scores", "Listening; 4; 5"));
        route("/engagements/{id}/assessments/{aid}/files").as(Scene::coach).at(s -> ids(s.id(), s.assessment()));
        route("/engagements/{id}/assessments/{aid}/files/{fileId}/delete")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.assessment(), s.file()));
        route("/engagements/{id}/assessments/{aid}/sharing")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.assessment()))
                .valid(s -> form("sharing", "SUMMARY"));
        route("/engagements/{id}/assessments/new-360")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form("title", "360 feedback", "questionSetId", s.questionSet(), "lastDay", today(14)))
                .shows("title");
        route("/engagements/{id}/assessments/{aid}/feedback/raters")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.request()))
                .valid(s -> form("name", "Pat Peer", "email", Fixtures.uniqueEmail("peer"), "group", "PEER"))
                .shows("name");
        route("/engagements/{id}/assessments/{aid}/feedback/raters/{raterId}/delete")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.request(), s.rater()));
        route("/engagements/{id}/assessments/{aid}/feedback/raters/{raterId}/invitation")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.request(), s.rater()));
        route("/engagements/{id}/assessments/{aid}/feedback/reminders")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.request()));
        route("/engagements/{id}/assessments/{aid}/feedback/close")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.request()));
        route("/engagements/{id}/assessments/{aid}/feedback/self")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.request()))
                .valid(s -> answers(s))
                .ignores("action");
        route("/feedback-question-sets")
                .as(Scene::hr)
                .valid(s -> form(
                        "name",
                        "Set " + java.util.UUID.randomUUID(),
                        "description",
                        "For tests",
                        "offered",
                        "true",
                        "ratingItems",
                        "Listening | Listens well",
                        "openQuestions",
                        "What more?"))
                .shows("name", "description");
        route("/feedback-question-sets/{setId}/edit")
                .as(Scene::hr)
                .at(s -> ids(s.questionSet()))
                .valid(s -> form(
                        "name",
                        "Set " + java.util.UUID.randomUUID(),
                        "description",
                        "For tests",
                        "offered",
                        "true",
                        "ratingItems",
                        "Listening | Listens well",
                        "openQuestions",
                        "What more?",
                        "version",
                        s.version("feedback_question_set", s.questionSet())))
                .shows("name", "description");
        route("/feedback/{token}")
                .anonymous()
                .at(s -> ids(s.raterToken()))
                .valid(s -> answers(s))
                .ignores("action");

        // Accounts and people
        route("/account/invitation/{token}")
                .anonymous()
                .at(s -> ids(s.invitationToken()))
                .valid(s -> form("newPassword", "a-new-long-passphrase", "confirmPassword", "a-new-long-passphrase"))
                .once();
        route("/account/password-reset")
                .anonymous()
                .valid(s -> form("email", s.client().getEmail()));
        route("/account/password-reset/{token}")
                .anonymous()
                .at(s -> ids(s.resetToken()))
                .valid(s -> form("newPassword", "a-new-long-passphrase", "confirmPassword", "a-new-long-passphrase"))
                .once();
        route("/account/password")
                .as(Scene::person)
                .valid(s -> form(
                        "currentPassword",
                        Fixtures.PASSWORD,
                        "newPassword",
                        "a-new-long-passphrase",
                        "confirmPassword",
                        "a-new-long-passphrase"))
                .once();
        // the organisation's default: the shared scene's person keeps reading times as before
        route("/account/time-zone").as(Scene::person).valid(s -> form("timeZone", ""));
        route("/account/time-zone/keep").as(Scene::person).valid(s -> form("back", "/"));
        // a handle names one of the poster's own sessions; without a signed-in session of theirs, none is: 404
        route("/account/sessions/{handle}/end").as(Scene::person).at(s -> ids("no-session-has-this-handle"));
        route("/account/sessions/end-others").as(Scene::person);
        // a made-up passkey id: "Not found"; adding one is the browser's WebAuthn ceremony, no form of Triad's
        route("/account/passkeys/{id}/remove").as(Scene::person).at(s -> ids("no-such-passkey"));
        route("/people")
                .as(Scene::hr)
                .valid(s -> form(
                        "fullName",
                        "Nia Newcomer",
                        "email",
                        Fixtures.uniqueEmail("new"),
                        "title",
                        "Head of sales",
                        "roles",
                        "COACH",
                        "initialPassword",
                        "",
                        "specialities",
                        "delegation",
                        "languages",
                        "English",
                        "capacity",
                        "5"))
                .shows("fullName", "title");
        route("/people/{id}")
                .as(Scene::hr)
                .at(s -> ids(s.person().getId()))
                .valid(s -> form(
                        "fullName",
                        "Nia Newcomer",
                        "email",
                        s.person().getEmail(),
                        "title",
                        "Head of sales",
                        "roles",
                        "CLIENT",
                        "specialities",
                        "",
                        "languages",
                        "",
                        "capacity",
                        ""))
                .shows("fullName", "title");
        route("/people/{id}/invitation").as(Scene::hr).at(s -> ids(s.person().getId()));
        route("/people/{id}/deactivate").as(Scene::hr).at(s -> ids(s.person().getId()));
        route("/people/{id}/reactivate").as(Scene::hr).at(s -> ids(s.person().getId()));
        // the bulk import: pasted CSV text (a file comes as its own part, which this test does not send) and the token
        // of a preview (PeopleImportIntegrationTest uploads files, good and bad)
        route("/people/import")
                .as(Scene::hr)
                .valid(s -> form(
                        "text", "name,email,roles\nHostile Import," + Fixtures.uniqueEmail("hostile") + ",CLIENT\n"));
        route("/people/import/confirm").as(Scene::hr).valid(s -> form("token", "A".repeat(43)));
        // the second factor (issue 20): without a password just accepted, a set-up under way or an app to change, each
        // form sends the browser on with a message; SecondFactorIntegrationTest posts them in those states
        route("/login/second-factor").anonymous().valid(s -> form("code", "123456"));
        route("/account/second-factor").as(Scene::person).valid(s -> form("code", "123456"));
        route("/account/second-factor/replace").as(Scene::person).valid(s -> form("proof", Fixtures.PASSWORD));
        route("/account/second-factor/off").as(Scene::person).valid(s -> form("proof", Fixtures.PASSWORD));
        route("/people/{id}/second-factor/reset")
                .as(Scene::hr)
                .at(s -> ids(s.person().getId()));
        // the token's secret is shown once on the page answering the post (never flashed through the session)
        route("/people/scim-tokens")
                .as(Scene::hr)
                .valid(s -> form("name", "Entra ID " + java.util.UUID.randomUUID()))
                .showsASecretOnce();
        route("/people/scim-tokens/{tokenId}/revoke")
                .as(Scene::hr)
                .at(s -> ids(context.getBean(dev.triad.scim.ScimTokenService.class)
                        .issue("Hostile " + java.util.UUID.randomUUID(), s.hr().getEmail())
                        .token()
                        .getId()));
        route("/people/{id}/break-glass")
                .as(Scene::hr)
                .at(s -> ids(s.person().getId()))
                .valid(s -> form("keep", "false"));

        // Sessions and the hours ledger
        route("/engagements/{id}/sessions")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form("startsAt", at(9), "minutes", "60", "format", "IN_PERSON", "location", "Room 2"))
                .shows("location");
        // the scene's programme keeps scheduling with the coaches: the client is refused whatever the start
        route("/engagements/{id}/sessions/book")
                .as(Scene::client)
                .at(s -> ids(s.id()))
                .valid(s -> form("start", "2030-01-07T10:00:00Z"));
        route("/engagements/{id}/sessions/{sessionId}/agenda")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.session()))
                .valid(s -> form("agenda", "Feedback to my team"))
                .shows("agenda")
                .ignores("summary", "privateNote");
        route("/engagements/{id}/sessions/{sessionId}/summary")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.heldSession()))
                .valid(s -> form("summary", "We worked on feedback"))
                .shows("summary")
                .ignores("agenda", "privateNote");
        route("/engagements/{id}/sessions/{sessionId}/private-note")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.heldSession()))
                .valid(s -> form("privateNote", "Seems tired"))
                .shows("privateNote")
                .ignores("agenda", "summary");
        route("/engagements/{id}/sessions/{sessionId}/commitments")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.heldSession()))
                .valid(s -> form("commitments", "Ask for feedback", "dueOn", today(7)));
        route("/engagements/{id}/sessions/{sessionId}/held")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.pastSession()))
                .ignores("agenda", "summary", "privateNote");
        route("/engagements/{id}/sessions/{sessionId}/no-show")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.pastSession()))
                .ignores("agenda", "summary", "privateNote");
        route("/engagements/{id}/sessions/record")
                .as(Scene::coach)
                .at(s -> ids(s.id()))
                .valid(s -> form("startsAt", at(-1), "minutes", "60", "format", "IN_PERSON", "location", "Room 3"))
                .shows("location");
        route("/engagements/{id}/sessions/{sessionId}/correct")
                .as(Scene::coach)
                .at(s -> ids(s.id(), s.correctableSession()))
                .valid(s -> form("outcome", "NO_SHOW", "reason", "The client did not come after all"))
                .once()
                .ignores("agenda", "summary", "privateNote");
        route("/engagements/{id}/sessions/{sessionId}/cancel")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.session()))
                .valid(s -> form("reason", "Travelling"))
                .once()
                .ignores("startsAt");
        route("/engagements/{id}/sessions/{sessionId}/move")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.session()))
                .valid(s -> form("startsAt", at(11), "reason", "Clash"));
        route("/engagements/{id}/sessions/alerts/{alertId}/acknowledge")
                .as(Scene::hr)
                .at(s -> ids(s.id(), s.alert()));
        route("/engagements/{id}/hours/adjustments")
                .as(Scene::hr)
                .at(s -> ids(s.id()))
                .valid(s -> form("hours", "1.5", "reason", "Extra session agreed"))
                .shows("reason");

        // Engagements, cohorts, coach assignment and programmes
        route("/engagements")
                .as(Scene::hr)
                .valid(s -> form(
                        "clientEmail",
                        s.client().getEmail(),
                        "leaderEmail",
                        s.leader().getEmail(),
                        "programmeId",
                        s.programme(),
                        "coachingType",
                        "ALIGNED",
                        "timing",
                        "PROACTIVE",
                        "contractedHours",
                        "10",
                        "startsOn",
                        today(0),
                        "plannedEndOn",
                        today(180),
                        "focus",
                        "Delegation"))
                .once();
        route("/programmes/{id}/cohort")
                .as(Scene::hr)
                .at(s -> ids(s.programme()))
                .valid(s -> form(
                        "lines",
                        s.client().getEmail() + ", " + s.leader().getEmail() + ", delegation",
                        "startsOn",
                        today(0),
                        "plannedEndOn",
                        today(180)))
                .once();
        route("/engagements/{id}/coach")
                .as(Scene::hr)
                .at(s -> ids(s.id()))
                .valid(s -> form(
                        "coachId",
                        s.coach().getId(),
                        "overrideCapacity",
                        "true",
                        "reason",
                        "Better fit",
                        "language",
                        "English"));
        route("/programmes")
                .as(Scene::hr)
                .valid(s -> programme(s, "Programme " + java.util.UUID.randomUUID(), null))
                .shows("name", "purpose");
        route("/programmes/{id}")
                .as(Scene::hr)
                .at(s -> ids(s.programme()))
                .valid(s ->
                        programme(s, "Programme " + java.util.UUID.randomUUID(), s.version("programme", s.programme())))
                .shows("name", "purpose");

        // The reflection journal
        route("/engagements/{id}/journal")
                .as(Scene::client)
                .at(s -> ids(s.id()))
                .valid(s -> form(
                        "week",
                        s.thisMonday().toString(),
                        "actionPlanReview",
                        "Reviewed",
                        "goalsAndProgress",
                        "Progress",
                        "nextSessionAgenda",
                        "Feedback",
                        "share",
                        "false"))
                .shows("actionPlanReview", "goalsAndProgress", "nextSessionAgenda")
                .once();
        route("/engagements/{id}/journal/{entryId}")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.entry()))
                .valid(s -> form(
                        "actionPlanReview",
                        "Reviewed again",
                        "goalsAndProgress",
                        "Progress",
                        "nextSessionAgenda",
                        "Feedback",
                        "version",
                        s.version("weekly_reflection", s.entry())))
                .shows("actionPlanReview", "goalsAndProgress", "nextSessionAgenda")
                .ignores("week");
        route("/engagements/{id}/journal/{entryId}/share")
                .as(Scene::client)
                .at(s -> ids(s.id(), s.entry()))
                .valid(s -> form("shared", "true", "from", "journal"))
                .ignores("from");
    }

    private static Map<String, String> answers(Scene s) {
        Map<String, String> answers = new LinkedHashMap<>();
        s.questions("RATING").forEach(q -> answers.put("rating-" + q, "3"));
        s.questions("OPEN").forEach(q -> answers.put("text-" + q, "Keep asking for feedback"));
        answers.put("action", "draft");
        return answers;
    }

    private static Map<String, String> programme(Scene s, String name, Long version) {
        Map<String, String> form = form(
                "name",
                name,
                "purpose",
                "Grow leaders",
                "timing",
                "PROACTIVE",
                "defaultCoachingType",
                "ALIGNED",
                "defaultContractedHours",
                "12",
                "startsOn",
                today(0),
                "endsOn",
                today(365),
                "cancellationNoticeHours",
                "48",
                "consecutiveCancellationThreshold",
                "2",
                "checkInEverySessions",
                "3",
                "mandated",
                "");
        if (version != null) {
            form.put("version", version.toString());
        }
        return form;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The tests

    @Test
    void everyPostRouteOfTheApplicationIsInTheTable() {
        assertThat(routes.keySet())
                .as("POST routes in the table but not in the application")
                .isSubsetOf(postRoutes().keySet());
        assertThat(postRoutes().keySet())
                .as("POST routes without a row in this test's table: add one")
                .isSubsetOf(routes.keySet());
    }

    /**
     * One dynamic test per route. The routes are attacked two at a time (each on its own engagement, so they cannot
     * disturb each other): several thousand requests take half as long on two cores.
     */
    @TestFactory
    Stream<DynamicTest> everyFieldOfEveryFormRefusesHostileValuesWithoutAServerError() {
        Map<String, HandlerMethod> handlers = postRoutes();
        freshScene();
        other();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<Route, Future<Attack>> attacks = new LinkedHashMap<>();
        routes.values().stream()
                .filter(r -> handlers.containsKey(r.pattern))
                .forEach(r -> attacks.put(r, pool.submit(() -> attack(r, handlers.get(r.pattern)))));
        pool.shutdown();
        return attacks.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey().pattern, () -> {
                    Attack attack = e.getValue().get();
                    assertThat(attack.failures())
                            .as(e.getKey().pattern + " with " + attack.fields())
                            .isEmpty();
                }));
    }

    private record Attack(Set<String> fields, List<String> failures) {}

    /**
     * Report uploads: a program, and HTML dressed as a PDF, are refused with the message on the assessment page and
     * nothing kept; a name with a right-to-left override (shown as "invoiceexe.pdf") loses the override. Files over
     * 5 MB are refused by the service ({@code AssessmentFormsIntegrationTest}) and, over the servlet limit, by the
     * server with its 413 page ({@code ReportUploadLimitIntegrationTest}).
     */
    @Test
    void uploadsThatAreNoReportAreRefusedWithAMessageAndNothingIsKept() throws Exception {
        Scene scene = freshScene();
        String assessment = "/engagements/" + scene.id() + "/assessments/" + scene.assessment();
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        for (MockMultipartFile file : List.of(
                new MockMultipartFile("file", "setup.exe", "application/x-msdownload", program),
                new MockMultipartFile("file", "report.pdf", "application/pdf", program),
                new MockMultipartFile("file", "report.pdf", "application/pdf", html),
                new MockMultipartFile("file", "report.html", "text/html", html))) {
            MvcResult result = mvc.perform(multipart(assessment + "/files")
                            .file(file)
                            .with(user(scene.as(scene.coach())))
                            .with(csrf()))
                    .andReturn();
            String message = (String) result.getFlashMap().get("fileError");
            assertThat(message)
                    .as(file.getOriginalFilename())
                    .isEqualTo("Only PDF, PNG and JPEG reports can be attached, and this file is none of them");
            String page = mvc.perform(get(assessment)
                            .cookie(result.getResponse().getCookies())
                            .with(user(scene.as(scene.coach()))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains(message).doesNotContain(SCRIPT);
        }
        assertThat(context.getBean(JdbcTemplate.class)
                        .queryForObject(
                                "select count(*) from assessment_file where assessment_id = ?",
                                Long.class,
                                scene.assessment()))
                .isZero();

        mvc.perform(multipart(assessment + "/files")
                        .file(new MockMultipartFile("file", "invoice\u202Efdp.exe", "application/pdf", Scene.PDF))
                        .with(user(scene.as(scene.coach())))
                        .with(csrf()))
                .andReturn();
        assertThat(context.getBean(JdbcTemplate.class)
                        .queryForList(
                                "select filename from assessment_file where assessment_id = ?",
                                String.class,
                                scene.assessment()))
                .containsExactly("invoicefdp.exe.pdf");
    }

    /**
     * Routes of a JSON API, not of forms: SCIM's, which only a bearer token reaches and which take no form fields.
     * Their hostile JSON (malformed, nested, oversized, control characters, wrong types) is
     * {@code scim.ScimUsersIntegrationTest}'s: 400 in SCIM's error format, never a 500.
     */
    static final List<String> JSON_APIS = List.of("/scim/v2/");

    /** Every POST route of the application's own controllers, by path pattern. */
    private Map<String, HandlerMethod> postRoutes() {
        Map<String, HandlerMethod> found = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : handlerMappings) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                if (!entry.getValue().getBeanType().getPackageName().startsWith("dev.triad")) {
                    continue;
                }
                Set<?> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()
                        || methods.stream().anyMatch(m -> m.toString().equals(HttpMethod.POST.name()))) {
                    for (String pattern : info.getPatternValues()) {
                        if (JSON_APIS.stream().noneMatch(pattern::startsWith)) {
                            found.put(pattern, entry.getValue());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The names of the request parameters a handler binds: its form objects' properties and its request parameters. */
    static Set<String> fieldsOf(HandlerMethod handler) {
        Set<String> fields = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class)
                    || Model.class.isAssignableFrom(type)
                    || Errors.class.isAssignableFrom(type)
                    || RedirectAttributes.class.isAssignableFrom(type)
                    || ServletRequest.class.isAssignableFrom(type)
                    || ServletResponse.class.isAssignableFrom(type)
                    || MultipartFile.class.isAssignableFrom(type)
                    || Map.class.isAssignableFrom(type)
                    || MultiValueMap.class.isAssignableFrom(type)) {
                continue;
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null
                    || (BeanUtils.isSimpleProperty(type) && !parameter.hasParameterAnnotation(ModelAttribute.class))) {
                String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                fields.add(name);
            } else {
                properties(type, "", fields);
            }
        }
        return fields;
    }

    private static void properties(Class<?> type, String prefix, Set<String> into) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null) {
                continue;
            }
            Class<?> propertyType = property.getPropertyType();
            if (Collection.class.isAssignableFrom(propertyType)) {
                Class<?> element = ResolvableType.forMethodParameter(property.getWriteMethod(), 0)
                        .asCollection()
                        .resolveGeneric(0);
                if (element != null && element.getPackageName().startsWith("dev.triad") && !element.isEnum()) {
                    properties(element, prefix + property.getName() + "[0].", into);
                    continue;
                }
            }
            into.add(prefix + property.getName());
        }
    }

    private Attack attack(Route route, HandlerMethod handler) throws Exception {
        Scene scene = freshScene();
        Set<String> fields = new LinkedHashSet<>(fieldsOf(handler));
        fields.addAll(route.valid.apply(scene).keySet());
        List<String> failures = new ArrayList<>();
        boolean[] escapedSeen = {false};
        boolean[] markupStored = {false};
        anotherEngagement(route, scene, failures);
        if (fields.isEmpty()) {
            Outcome outcome = send(route, scene, null, null);
            check(route, scene, null, null, outcome, failures, escapedSeen, markupStored);
        }
        for (String field : fields) {
            for (String value : HostileInput.ALL) {
                Outcome outcome = send(route, scene, field, value);
                check(route, scene, field, value, outcome, failures, escapedSeen, markupStored);
                if (route.oneShot && outcome.status >= 300 && outcome.status < 400) {
                    scene = freshScene();
                }
            }
        }
        if (markupStored[0] && !escapedSeen[0]) {
            failures.add("markup was stored in a shown field but no page it led to showed it escaped");
        }
        return new Attack(fields, failures);
    }

    /**
     * The form posted with valid values to the same address in an engagement the poster has no part in: not found or
     * forbidden. (HR administrators act on every engagement; links and tokens have no engagement in the address.)
     */
    private void anotherEngagement(Route route, Scene scene, List<String> failures) throws Exception {
        User actor = route.actor.apply(scene);
        if (!route.pattern.startsWith("/engagements/{id}/") || actor == null || actor.equals(scene.hr())) {
            return;
        }
        Object[] vars = route.vars.apply(scene).clone();
        vars[0] = other().id();
        MockHttpServletRequestBuilder request =
                post(route.pattern, vars).with(csrf()).with(user(scene.as(actor)));
        route.valid.apply(scene).forEach(request::param);
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (status != 403 && status != 404) {
            failures.add("posted to another engagement's address → " + status + ", not 403 or 404");
        }
    }

    private record Outcome(int status, String body, ModelAndView modelAndView, MvcResult result, Exception exception) {}

    private Outcome send(Route route, Scene scene, String field, String value) {
        Map<String, String> params = route.valid.apply(scene);
        if (field != null) {
            params.put(field, value.equals(OTHER_ENGAGEMENTS_ID) ? otherId(field) : value);
        }
        MockHttpServletRequestBuilder request =
                post(route.pattern, route.vars.apply(scene)).with(csrf());
        params.forEach(request::param);
        User actor = route.actor.apply(scene);
        if (actor != null) {
            request.with(user(scene.as(actor)));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Outcome(
                    result.getResponse().getStatus(),
                    result.getResponse().getContentAsString(),
                    result.getModelAndView(),
                    result,
                    null);
        } catch (Exception e) {
            return new Outcome(500, "", null, null, e);
        }
    }

    private String otherId(String field) {
        if (field.equals("goalId")) {
            return other().goal().toString();
        }
        return other().id().toString();
    }

    private void check(
            Route route,
            Scene scene,
            String field,
            String value,
            Outcome outcome,
            List<String> failures,
            boolean[] escapedSeen,
            boolean[] markupStored)
            throws Exception {
        String what = (field == null ? "(no fields)" : field + "=" + HostileInput.label(value)) + " → " + outcome.status
                + ": ";
        if (outcome.exception != null) {
            Throwable cause = outcome.exception;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            failures.add(what + "server error " + cause);
            return;
        }
        int status = outcome.status;
        if (status >= 500
                || !(PAGE_AGAIN.contains(status) || (status >= 300 && status < 400) || REFUSALS.contains(status))) {
            failures.add(what + "unexpected status");
            return;
        }
        if (outcome.body.contains(SCRIPT) || outcome.body.contains(ATTRIBUTE_BREAKER_RAW)) {
            failures.add(what + "markup came back unescaped");
        }
        boolean secretShown = route.showsASecret && status == 200 && outcome.body.contains("data-test=\"secret-once\"");
        if (secretShown
                && field != null
                && !route.ignored.contains(field)
                && (value.equals(MEGABYTE) || value.equals(NULL_BYTE) || value.equals(CONTROL_CHARACTERS))) {
            failures.add(what + "accepted");
        }
        if (PAGE_AGAIN.contains(status)
                && !secretShown
                && !(route.answersWithAPage && field == null && status == 200)) {
            List<String> messages = messages(outcome.modelAndView, field);
            boolean messageElement = field != null && outcome.body.contains("id=\"" + field + "-error\"");
            if (messages.isEmpty() && !messageElement) {
                failures.add(what + "the page came back without a message");
            } else if (!messageElement
                    && messages.stream().noneMatch(m -> outcome.body.contains(HtmlUtils.htmlEscape(m, "UTF-8")))) {
                failures.add(what + "none of the messages " + messages + " is on the page");
            }
            if (field != null
                    && !route.ignored.contains(field)
                    && (value.equals(MEGABYTE) || value.equals(NULL_BYTE) || value.equals(CONTROL_CHARACTERS))
                    && fieldError(outcome.modelAndView, field) == null
                    && !messageElement
                    && !messages.isEmpty()
                    && isBound(outcome.modelAndView, field)) {
                failures.add(what + "no message next to " + field + " but " + messages);
            }
        }
        boolean redirect = status >= 300 && status < 400;
        String flashError = redirect ? flashError(outcome.result) : null;
        if (redirect
                && flashError == null
                && field != null
                && !route.ignored.contains(field)
                && (value.equals(MEGABYTE) || value.equals(NULL_BYTE) || value.equals(CONTROL_CHARACTERS))) {
            failures.add(what + "accepted");
        }
        if (redirect
                && (value == null || value.equals(SCRIPT) || value.equals(ATTRIBUTE_BREAKER) || flashError != null)) {
            String target = outcome.result.getResponse().getRedirectedUrl();
            if (target != null && target.startsWith("/")) {
                String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                MockHttpServletRequestBuilder next = get(path);
                if (outcome.result.getResponse().getCookies().length > 0) {
                    next.cookie(
                            outcome.result.getResponse().getCookies()); // the session, where the flash attributes wait
                }
                User actor = route.actor.apply(scene);
                if (actor != null) {
                    next.with(user(scene.as(actor)));
                }
                MvcResult shown = mvc.perform(next).andReturn();
                String page = shown.getResponse().getContentAsString();
                if (page.contains(SCRIPT) || page.contains(ATTRIBUTE_BREAKER_RAW)) {
                    failures.add(what + "markup shown unescaped on " + path);
                }
                if (page.contains(SCRIPT_ESCAPED) || page.contains(ATTRIBUTE_BREAKER_ESCAPED)) {
                    escapedSeen[0] = true;
                }
                if (flashError != null && !page.contains(HtmlUtils.htmlEscape(flashError, "UTF-8"))) {
                    failures.add(what + "the message \"" + flashError + "\" is not on " + path);
                }
            }
            if (value != null && flashError == null && route.shown.contains(field)) {
                markupStored[0] = true;
                if (!escapedSeen[0]) {
                    // The page the form led to did not show it: the route's other pages must, before a later post
                    // overwrites it.
                    for (String path : route.pages.apply(scene)) {
                        String page = getAs(route, scene, path);
                        if (page.contains(SCRIPT) || page.contains(ATTRIBUTE_BREAKER_RAW)) {
                            failures.add(what + "markup shown unescaped on " + path);
                        }
                        escapedSeen[0] |= page.contains(SCRIPT_ESCAPED) || page.contains(ATTRIBUTE_BREAKER_ESCAPED);
                    }
                }
            }
        }
    }

    private String getAs(Route route, Scene scene, String path) throws Exception {
        MockHttpServletRequestBuilder page = get(path);
        User actor = route.actor.apply(scene);
        if (actor != null) {
            page.with(user(scene.as(actor)));
        }
        return mvc.perform(page).andReturn().getResponse().getContentAsString();
    }

    /** The error a redirect carries to the next page, if any: a refusal with a message, not a save. */
    private static String flashError(MvcResult result) {
        for (String key : List.of("error", "noteError", "fileError")) {
            Object value = result.getFlashMap().get(key);
            if (value instanceof String text) {
                return text;
            }
            if (value != null) {
                try {
                    return (String) value.getClass().getMethod("message").invoke(value);
                } catch (ReflectiveOperationException e) {
                    return value.toString();
                }
            }
        }
        return null;
    }

    private static boolean isBound(ModelAndView mav, String field) {
        return mav != null
                && mav.getModel().values().stream().anyMatch(v -> v instanceof BindingResult b && isReadable(b, field));
    }

    private static boolean isReadable(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getTarget() != null
                    && org.springframework.beans.PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget())
                            .isReadableProperty(field);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static FieldError fieldError(ModelAndView mav, String field) {
        if (mav == null) {
            return null;
        }
        for (Object value : mav.getModel().values()) {
            if (value instanceof BindingResult result) {
                for (FieldError error : result.getFieldErrors()) {
                    if (error.getField().startsWith(field)) {
                        return error;
                    }
                }
            }
        }
        return null;
    }

    /** The messages the page was given: the field's own first, then any other form error, then a page-level error. */
    private static List<String> messages(ModelAndView mav, String field) {
        List<String> messages = new ArrayList<>();
        if (mav == null) {
            return messages;
        }
        for (Object value : mav.getModel().values()) {
            if (value instanceof BindingResult result) {
                if (field != null && result.getFieldError(field) != null) {
                    messages.add(0, result.getFieldError(field).getDefaultMessage());
                }
                for (ObjectError error : result.getAllErrors()) {
                    messages.add(error.getDefaultMessage());
                }
            }
        }
        for (String key : List.of("error", "fileError", "noteError")) {
            Object value = mav.getModel().get(key);
            if (value instanceof String text) {
                messages.add(text);
            } else if (value != null) {
                messages.add(String.valueOf(value));
            }
        }
        messages.removeIf(m -> m == null || m.isBlank());
        return messages;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Table plumbing

    private Route route(String pattern) {
        Route route = new Route(pattern);
        routes.put(pattern, route);
        return route;
    }

    private static Object[] ids(Object... ids) {
        return ids;
    }

    private static Map<String, String> form(Object... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1].toString());
        }
        return form;
    }

    static final class Route {
        final String pattern;
        Function<Scene, User> actor = s -> null;
        Function<Scene, Object[]> vars = s -> new Object[0];
        Function<Scene, Map<String, String>> valid = s -> new LinkedHashMap<>();
        final Set<String> shown = new LinkedHashSet<>();
        final Set<String> ignored = new LinkedHashSet<>();
        boolean oneShot;
        boolean answersWithAPage;
        boolean showsASecret;
        Function<Scene, List<String>> pages = s -> List.of();

        Route(String pattern) {
            this.pattern = pattern;
        }

        Route as(Function<Scene, User> actor) {
            this.actor = actor;
            return this;
        }

        Route anonymous() {
            this.actor = s -> null;
            return this;
        }

        Route at(Function<Scene, Object[]> vars) {
            this.vars = vars;
            return this;
        }

        Route valid(Function<Scene, Map<String, String>> valid) {
            this.valid = s -> new LinkedHashMap<>(valid.apply(s));
            return this;
        }

        /** Fields whose stored value the page the form leads to shows again: markup posted there must come back escaped. */
        Route shows(String... fields) {
            shown.addAll(List.of(fields));
            return this;
        }

        /** Pages that show what the form stored, when the page it leads to does not. */
        Route pages(Function<Scene, List<String>> pages) {
            this.pages = pages;
            return this;
        }

        /** A form that works once (an answer, a move, a used link): after each save the next post gets a fresh engagement. */
        Route once() {
            this.oneShot = true;
            return this;
        }

        /** A form without fields whose success is a page (200), not a redirect: nothing to tell beside a field. */
        Route answersWithAPage() {
            this.answersWithAPage = true;
            return this;
        }

        /**
         * A form whose success is a page (200) showing a secret once, marked {@code data-test="secret-once"}, instead of
         * a redirect: a flashed secret would wait in the session, which lives in the database. Any other 200 must carry
         * a message as usual.
         */
        Route showsASecretOnce() {
            this.showsASecret = true;
            return this;
        }

        /** Fields the handler reads but never stores (where to go back to, which button): any value may redirect. */
        Route ignores(String... fields) {
            ignored.addAll(List.of(fields));
            return this;
        }
    }
}

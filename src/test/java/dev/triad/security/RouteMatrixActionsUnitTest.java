package dev.triad.security;

import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.Participation;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.triad.engagement.EngagementAction.*;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route matrix against the table of who may act: for every POST route of an engagement
 * ({@code /engagements/{id}/…}), the people the matrix lets through (OK) are the ones the route's
 * {@link EngagementAction} allows. A row may let fewer through where the data decides (HR may only close, a private
 * goal is not found for the leader), but every row lets through no one the act does not allow, and the route's rows
 * together let through every one it does. A new POST route under an engagement needs its act here.
 */
class RouteMatrixActionsUnitTest {

    /** Each POST route of an engagement, and the act it is. */
    static final Map<String, EngagementAction> ACTS = Map.ofEntries(
            entry("/engagements/{id}/hours/adjustments", ADJUST_HOURS),
            entry("/engagements/{id}/phase", MOVE_PHASE),
            entry("/engagements/{id}/intake", WRITE_INTAKE_INTERVIEW),
            entry("/engagements/{id}/goals", WRITE_GOAL),
            entry("/engagements/{id}/goals/{goalId}/edit", WRITE_GOAL),
            entry("/engagements/{id}/goals/{goalId}/check-ins", RECORD_GOAL_CHECK_IN),
            entry("/engagements/{id}/goals/{goalId}/check-ins/{checkInId}/edit", RECORD_GOAL_CHECK_IN),
            entry("/engagements/{id}/goals/{goalId}/check-ins/{checkInId}/delete", RECORD_GOAL_CHECK_IN),
            entry("/engagements/{id}/goals/{goalId}/leader-input", GIVE_LEADER_INPUT),
            entry("/engagements/{id}/action-steps", WRITE_ACTION_STEP),
            entry("/engagements/{id}/action-steps/{stepId}/edit", WRITE_ACTION_STEP),
            entry("/engagements/{id}/action-steps/{stepId}/notes", WRITE_ACTION_STEP),
            entry("/engagements/{id}/action-steps/{stepId}/status", WRITE_ACTION_STEP),
            entry("/engagements/{id}/journal", WRITE_JOURNAL_ENTRY),
            entry("/engagements/{id}/journal/{entryId}", WRITE_JOURNAL_ENTRY),
            entry("/engagements/{id}/journal/{entryId}/share", MAKE_JOURNAL_ENTRY_PRIVATE),
            entry("/engagements/{id}/sessions/record", RECORD_PAST_SESSION),
            entry("/engagements/{id}/sessions", SCHEDULE_SESSION),
            entry("/engagements/{id}/sessions/book", BOOK_SESSION),
            entry("/engagements/{id}/sessions/{sessionId}/agenda", WRITE_AGENDA),
            entry("/engagements/{id}/sessions/{sessionId}/summary", RECORD_SUMMARY),
            entry("/engagements/{id}/sessions/{sessionId}/private-note", WRITE_PRIVATE_NOTE),
            entry("/engagements/{id}/sessions/{sessionId}/commitments", RECORD_SESSION_COMMITMENTS),
            entry("/engagements/{id}/sessions/{sessionId}/held", RECORD_SESSION_OUTCOME),
            entry("/engagements/{id}/sessions/{sessionId}/no-show", RECORD_SESSION_OUTCOME),
            entry("/engagements/{id}/sessions/{sessionId}/correct", CORRECT_SESSION_OUTCOME),
            entry("/engagements/{id}/sessions/{sessionId}/cancel", CANCEL_SESSION),
            entry("/engagements/{id}/sessions/{sessionId}/move", MOVE_SESSION),
            entry("/engagements/{id}/sessions/alerts/{alertId}/acknowledge", ACKNOWLEDGE_ATTENDANCE_ALERT),
            entry("/engagements/{id}/assessments", WRITE_ASSESSMENT),
            entry("/engagements/{id}/assessments/{aid}/edit", WRITE_ASSESSMENT),
            entry("/engagements/{id}/assessments/{aid}/scores", WRITE_ASSESSMENT),
            entry("/engagements/{id}/assessments/{aid}/files", WRITE_ASSESSMENT),
            entry("/engagements/{id}/assessments/{aid}/files/{fileId}/delete", WRITE_ASSESSMENT),
            entry("/engagements/{id}/assessments/{aid}/sharing", SHARE_ASSESSMENT),
            entry("/engagements/{id}/assessments/new-360", REQUEST_FEEDBACK),
            entry("/engagements/{id}/assessments/{aid}/feedback/raters", MANAGE_RATERS),
            entry("/engagements/{id}/assessments/{aid}/feedback/raters/{raterId}/delete", MANAGE_RATERS),
            entry("/engagements/{id}/assessments/{aid}/feedback/raters/{raterId}/invitation", MANAGE_RATERS),
            entry("/engagements/{id}/assessments/{aid}/feedback/reminders", REMIND_RATERS),
            entry("/engagements/{id}/assessments/{aid}/feedback/close", CLOSE_FEEDBACK_REQUEST),
            entry("/engagements/{id}/assessments/{aid}/feedback/self", ANSWER_SELF_FEEDBACK),
            entry("/engagements/{id}/alignment/meetings", SCHEDULE_ALIGNMENT_MEETING),
            entry("/engagements/{id}/alignment/meetings/{meetingId}/objectives", PREPARE_OBJECTIVES),
            entry("/engagements/{id}/alignment/meetings/{meetingId}/checklist", RECORD_MEETING),
            entry("/engagements/{id}/alignment/meetings/{meetingId}/leader-input", RECORD_MEETING),
            entry("/engagements/{id}/alignment/meetings/{meetingId}/outcome", WRITE_ALIGNMENT_OUTCOME),
            entry("/engagements/{id}/alignment/meetings/{meetingId}/confirm", CONFIRM_ALIGNMENT_OUTCOME),
            entry("/engagements/{id}/alignment/meetings/{meetingId}/held", RECORD_MEETING),
            entry("/engagements/{id}/alignment/meetings/{meetingId}/move", CHANGE_ALIGNMENT_MEETING),
            entry("/engagements/{id}/alignment/meetings/{meetingId}/cancel", CHANGE_ALIGNMENT_MEETING),
            entry("/engagements/{id}/reports", WRITE_PROGRESS_REPORT),
            entry("/engagements/{id}/reports/{reportId}", WRITE_PROGRESS_REPORT),
            entry("/engagements/{id}/reports/{reportId}/delete", WRITE_PROGRESS_REPORT),
            entry("/engagements/{id}/feedback", GIVE_LEADER_FEEDBACK),
            entry("/engagements/{id}/check-ins/{checkInId}", ANSWER_CHECK_IN),
            entry("/engagements/{id}/close-out", ANSWER_CLOSE_OUT),
            entry("/engagements/{id}/coach-change", ASK_FOR_ANOTHER_COACH),
            entry("/engagements/{id}/coachability", RATE_COACHABILITY),
            entry("/engagements/{id}/referrals", REFER),
            entry("/engagements/{id}/impact-measures", RECORD_IMPACT_MEASURE),
            entry("/engagements/{id}/impact-measures/{measureId}", RECORD_IMPACT_MEASURE),
            entry("/engagements/{id}/impact-measures/{measureId}/delete", RECORD_IMPACT_MEASURE));

    /** POST routes under an engagement that are no act of its participants: HR's, by role (others of B get 403 too). */
    static final Set<String> BY_ROLE = Set.of("/engagements/{id}/coach");

    static final List<String> PARTS = List.of("client", "coach", "leader", "hr");

    @Test
    void whoGetsThroughEachPostRouteOfAnEngagementIsWhoItsActAllows() throws IOException {
        Map<String, Set<Participation>> throughByRoute = new LinkedHashMap<>();
        for (String[] row : postRowsUnderAnEngagement()) {
            String pattern = row[1];
            if (BY_ROLE.contains(pattern)) {
                continue;
            }
            assertThat(ACTS)
                    .as("the act of POST " + pattern + ": add it to "
                            + getClass().getSimpleName())
                    .containsKey(pattern);
            EngagementAction act = ACTS.get(pattern);
            Set<Participation> through = EnumSet.noneOf(Participation.class);
            for (int i = 0; i < PARTS.size(); i++) {
                if (row[3 + i].equals("OK")) {
                    through.add(Participation.valueOf(PARTS.get(i).toUpperCase(java.util.Locale.ROOT)));
                }
            }
            assertThat(act.actors())
                    .as("POST " + pattern + " (" + act + ") lets through only whom the act allows; row: "
                            + String.join(",", row))
                    .containsAll(through);
            throughByRoute
                    .computeIfAbsent(pattern, p -> EnumSet.noneOf(Participation.class))
                    .addAll(through);
        }
        throughByRoute.forEach((pattern, through) -> assertThat(through)
                .as("POST " + pattern + ": its rows let through all whom " + ACTS.get(pattern) + " allows")
                .containsExactlyInAnyOrderElementsOf(ACTS.get(pattern).actors()));
        assertThat(throughByRoute.keySet())
                .as("every act of the map has its route in the matrix")
                .containsExactlyInAnyOrderElementsOf(ACTS.keySet());
    }

    private static List<String[]> postRowsUnderAnEngagement() throws IOException {
        try (InputStream in = RouteMatrixActionsUnitTest.class.getResourceAsStream(RouteMatrixIntegrationTest.MATRIX)) {
            assertThat(in).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(line -> line.startsWith("POST,/engagements/{id}/"))
                    .map(line -> line.split(",", -1))
                    .toList();
        }
    }
}

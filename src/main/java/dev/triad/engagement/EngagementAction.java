package dev.triad.engagement;

import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;

import java.util.EnumSet;
import java.util.Set;

import static dev.triad.engagement.EngagementContent.ACTION_STEPS;
import static dev.triad.engagement.EngagementContent.ALIGNMENT_AND_REPORTS;
import static dev.triad.engagement.EngagementContent.ASSESSMENTS;
import static dev.triad.engagement.EngagementContent.CHECK_IN_ANSWERS;
import static dev.triad.engagement.EngagementContent.COACHABILITY;
import static dev.triad.engagement.EngagementContent.FACTS;
import static dev.triad.engagement.EngagementContent.GOALS;
import static dev.triad.engagement.EngagementContent.INTAKE_INTERVIEW;
import static dev.triad.engagement.EngagementContent.REFERRALS;
import static dev.triad.engagement.EngagementContent.REFLECTIONS;
import static dev.triad.engagement.EngagementContent.SESSION_AGENDA_AND_SUMMARY;
import static dev.triad.engagement.EngagementContent.SHARED_GOALS;
import static dev.triad.engagement.Participation.CLIENT;
import static dev.triad.engagement.Participation.COACH;
import static dev.triad.engagement.Participation.HR;
import static dev.triad.engagement.Participation.LEADER;

/**
 * What someone may do to an engagement, each act with who may do it and in which phases: the companion of
 * {@link EngagementContent} (who may see), as a table. An actor must also be able to see the content the act writes:
 * {@link EngagementAccessPolicy#require(Long, dev.triad.account.CurrentUser, EngagementAction)} asks both. A closed engagement is
 * read-only (DOMAIN.md): every act is refused on it but the close-out answers and the acts that take a share back.
 * Changing a row here changes every service that asks; {@code docs/security-matrix.md} shows the table.
 */
public enum EngagementAction {
    // engagement facts
    MOVE_PHASE(FACTS, "The coach moves the engagement between phases; HR may close it", COACH, HR),
    ADJUST_HOURS(FACTS, "Only HR administrators adjust the hours", HR),
    ACKNOWLEDGE_ATTENDANCE_ALERT(FACTS, "HR administrators acknowledge attendance alerts", HR),
    ASK_FOR_ANOTHER_COACH(FACTS, "Only the client asks for a different coach", CLIENT),
    /** Refused as "not found": only the client and the leader have a close-out survey. */
    ANSWER_CLOSE_OUT(FACTS, null, Phases.ALL, CLIENT, LEADER),
    // intake, goals, action steps
    WRITE_INTAKE_INTERVIEW(INTAKE_INTERVIEW, "The coach records the intake interview", COACH),
    WRITE_GOAL(GOALS, "You may not see this part of the engagement", CLIENT, COACH),
    RECORD_GOAL_CHECK_IN(GOALS, "You may not see this part of the engagement", CLIENT, COACH),
    RECORD_LEADER_INPUT_ON_GOAL(GOALS, "The coach records the leader’s input in an alignment meeting", COACH),
    GIVE_LEADER_INPUT(SHARED_GOALS, "Only the engagement’s leader gives leader input", LEADER),
    WRITE_ACTION_STEP(ACTION_STEPS, "You may not see this part of the engagement", CLIENT, COACH),
    RECORD_COMMITMENTS(ACTION_STEPS, "Only the engagement’s coach records a session’s commitments", COACH),
    // reflection journal
    WRITE_JOURNAL_ENTRY(REFLECTIONS, "You may not see this part of the engagement", CLIENT),
    SHARE_JOURNAL_ENTRY(REFLECTIONS, "You may not see this part of the engagement", CLIENT),
    /** DOMAIN.md: the client withdraws a share "at any time", a closed engagement too. */
    MAKE_JOURNAL_ENTRY_PRIVATE(REFLECTIONS, "You may not see this part of the engagement", Phases.ALL, CLIENT),
    // coaching sessions
    SCHEDULE_SESSION(SESSION_AGENDA_AND_SUMMARY, "Only the engagement’s coach may do this", COACH),
    /** Only where the programme lets clients book themselves: {@link EngagementAccess#may(EngagementAction)}. */
    BOOK_SESSION(
            SESSION_AGENDA_AND_SUMMARY,
            "Sessions are booked by the client, where the programme lets clients book themselves",
            CLIENT),
    RECORD_PAST_SESSION(SESSION_AGENDA_AND_SUMMARY, "Only the engagement’s coach may do this", COACH),
    WRITE_AGENDA(SESSION_AGENDA_AND_SUMMARY, "The client writes the agenda", CLIENT),
    RECORD_SUMMARY(SESSION_AGENDA_AND_SUMMARY, "Only the engagement’s coach may do this", COACH),
    WRITE_PRIVATE_NOTE(SESSION_AGENDA_AND_SUMMARY, "Only the engagement’s coach may do this", COACH),
    RECORD_SESSION_COMMITMENTS(SESSION_AGENDA_AND_SUMMARY, "Only the engagement’s coach may do this", COACH),
    RECORD_SESSION_OUTCOME(SESSION_AGENDA_AND_SUMMARY, "Only the engagement’s coach may do this", COACH),
    CORRECT_SESSION_OUTCOME(SESSION_AGENDA_AND_SUMMARY, "Only the engagement’s coach may do this", COACH),
    CANCEL_SESSION(SESSION_AGENDA_AND_SUMMARY, "Only the client or the coach may change a session", CLIENT, COACH),
    MOVE_SESSION(SESSION_AGENDA_AND_SUMMARY, "Only the client or the coach may change a session", CLIENT, COACH),
    // assessments and 360 feedback
    WRITE_ASSESSMENT(ASSESSMENTS, "You may not see this part of the engagement", CLIENT, COACH),
    SHARE_ASSESSMENT(ASSESSMENTS, "Only the client decides what the leader sees of an assessment", CLIENT),
    /** Sharing less than now (whole to summary, or none): a closed engagement's shares can still be taken back. */
    WITHDRAW_ASSESSMENT_SHARE(
            ASSESSMENTS, "Only the client decides what the leader sees of an assessment", Phases.ALL, CLIENT),
    REQUEST_FEEDBACK(ASSESSMENTS, "You may not see this part of the engagement", CLIENT, COACH),
    MANAGE_RATERS(ASSESSMENTS, "You may not see this part of the engagement", CLIENT, COACH),
    REMIND_RATERS(ASSESSMENTS, "The coach sends reminders to raters", COACH),
    CLOSE_FEEDBACK_REQUEST(ASSESSMENTS, "Only the client closes their feedback request early", CLIENT),
    ANSWER_SELF_FEEDBACK(ASSESSMENTS, "Only the client gives their own view", CLIENT),
    // alignment meetings, reports, impact
    SCHEDULE_ALIGNMENT_MEETING(
            ALIGNMENT_AND_REPORTS, "The client or the coach schedules and changes alignment meetings", CLIENT, COACH),
    CHANGE_ALIGNMENT_MEETING(
            ALIGNMENT_AND_REPORTS, "The client or the coach schedules and changes alignment meetings", CLIENT, COACH),
    PREPARE_OBJECTIVES(ALIGNMENT_AND_REPORTS, "The client prepares the objectives", CLIENT),
    RECORD_MEETING(ALIGNMENT_AND_REPORTS, "Only the engagement’s coach may do this", COACH),
    WRITE_ALIGNMENT_OUTCOME(ALIGNMENT_AND_REPORTS, "Only the engagement’s coach may do this", COACH),
    CONFIRM_ALIGNMENT_OUTCOME(
            ALIGNMENT_AND_REPORTS, "You may not see this part of the engagement", CLIENT, COACH, LEADER),
    WRITE_PROGRESS_REPORT(ALIGNMENT_AND_REPORTS, "The client writes the progress reports", CLIENT),
    GIVE_LEADER_FEEDBACK(ALIGNMENT_AND_REPORTS, "The leader gives feedback", LEADER),
    RECORD_IMPACT_MEASURE(ALIGNMENT_AND_REPORTS, "The client and the coach record impact measures", CLIENT, COACH),
    // evaluation
    ANSWER_CHECK_IN(CHECK_IN_ANSWERS, "Only the client answers a check-in", CLIENT),
    RATE_COACHABILITY(COACHABILITY, "Only the engagement’s coach records this", COACH),
    REFER(REFERRALS, "Only the engagement’s coach records this", COACH);

    /** The phases an act is taken in: every act is open while the engagement is, a few also once it is closed. */
    static final class Phases {
        static final Set<Phase> OPEN = EnumSet.complementOf(EnumSet.of(Phase.CLOSED));
        static final Set<Phase> ALL = EnumSet.allOf(Phase.class);

        private Phases() {}
    }

    private final EngagementContent writes;
    private final String refusal;
    private final Set<Phase> phases;
    private final Set<Participation> actors;

    EngagementAction(EngagementContent writes, String refusal, Participation... actors) {
        this(writes, refusal, Phases.OPEN, actors);
    }

    EngagementAction(EngagementContent writes, String refusal, Set<Phase> phases, Participation... actors) {
        this.writes = writes;
        this.refusal = refusal;
        this.phases = EnumSet.copyOf(phases);
        this.actors = EnumSet.of(actors[0], actors);
    }

    /** The content the act writes: who may not see it may not write it either. */
    public EngagementContent writes() {
        return writes;
    }

    /** Who may take this act: the participations of that engagement. */
    public Set<Participation> actors() {
        return EnumSet.copyOf(actors);
    }

    /** The phases in which the engagement takes this act. */
    public Set<Phase> phases() {
        return EnumSet.copyOf(phases);
    }

    public boolean allowedTo(Participation participation) {
        return actors.contains(participation);
    }

    public boolean takenIn(Phase phase) {
        return phases.contains(phase);
    }

    /** The refusal of a participant who may not take this act: 403, or "not found" where the act is hidden from others. */
    RuntimeException refusal() {
        return refusal == null ? new NotFoundException(describe()) : new ForbiddenException(refusal);
    }

    /** How the refusal answers, for the security matrix. */
    public String refusalStatus() {
        return refusal == null ? "404" : "403";
    }

    private String describe() {
        return this == ANSWER_CLOSE_OUT ? "Close-out survey" : name();
    }
}

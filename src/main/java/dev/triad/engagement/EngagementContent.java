package dev.triad.engagement;

import java.util.EnumSet;
import java.util.Set;

import static dev.triad.engagement.Participation.CLIENT;
import static dev.triad.engagement.Participation.COACH;
import static dev.triad.engagement.Participation.HR;
import static dev.triad.engagement.Participation.LEADER;

/**
 * The kinds of content an engagement holds, each with who may see it: DOMAIN.md's
 * "What confidential means" table, as code. Changing a row here changes every page that asks.
 */
public enum EngagementContent {
    /** Who, phase, dates, hours, attendance. */
    FACTS(CLIENT, COACH, LEADER, HR),
    ASSESSMENTS(CLIENT, COACH),
    /** Assessments the client has shared with the leader. */
    SHARED_ASSESSMENTS(CLIENT, COACH, LEADER),
    GOALS(CLIENT, COACH),
    /** Goals the client has shared with the leader. */
    SHARED_GOALS(CLIENT, COACH, LEADER),
    GOAL_PROGRESS_AGGREGATE(CLIENT, COACH, HR),
    ACTION_STEPS(CLIENT, COACH),
    REFLECTIONS(CLIENT),
    /** Reflections the client has shared with the coach. */
    SHARED_REFLECTIONS(CLIENT, COACH),
    SESSION_AGENDA_AND_SUMMARY(CLIENT, COACH),
    COACH_PRIVATE_NOTES(COACH),
    COACHABILITY(COACH),
    REFERRALS(CLIENT, COACH),
    ALIGNMENT_AND_REPORTS(CLIENT, COACH, LEADER),
    /** The coach's record of the intake interview (what prompted the coaching, the sponsor's reasons, the client's background). */
    INTAKE_INTERVIEW(CLIENT, COACH),
    /**
     * What the client answers in partnership check-ins: the coach reads them (the "the coach sees the
     * answers for their engagements"); HR sees only a low-fit flag and the programme's aggregate, the leader nothing.
     */
    CHECK_IN_ANSWERS(CLIENT, COACH);

    private final Set<Participation> readers;

    EngagementContent(Participation... readers) {
        this.readers = EnumSet.of(readers[0], readers);
    }

    boolean readableBy(Participation participation) {
        return readers.contains(participation);
    }
}

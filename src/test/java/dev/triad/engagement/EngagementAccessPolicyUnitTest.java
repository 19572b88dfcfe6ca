package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.programme.CoachingType;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.Optional;

import static dev.triad.engagement.PhaseGuardsUnitTest.engagement;
import static dev.triad.engagement.PhaseGuardsUnitTest.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who takes part in an engagement, and what the policy answers each of them, without a database. */
class EngagementAccessPolicyUnitTest {

    // engagement 7: client 1, leader 2, coach 3
    final Engagement engagement = withCoach(engagement(CoachingType.ALIGNED, Phase.COACHING));
    final EngagementAccessPolicy policy = new EngagementAccessPolicy(onlyEngagementSeven(engagement));

    static Engagement withCoach(Engagement engagement) {
        ReflectionTestUtils.setField(engagement, "coach", person(3, Role.COACH));
        return engagement;
    }

    /** A repository that knows engagement 7 and nothing else. */
    static Engagements onlyEngagementSeven(Engagement engagement) {
        return (Engagements) Proxy.newProxyInstance(
                Engagements.class.getClassLoader(), new Class<?>[] {Engagements.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findWithPeople")) {
                        return Long.valueOf(7L).equals(args[0]) ? Optional.of(engagement) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static CurrentUser viewer(long id, Role... roles) {
        return new CurrentUser(
                id, "p" + id + "@test.triad", "Person " + id, EnumSet.of(roles[0], roles), true, false, "x");
    }

    @Test
    void eachPersonTakesPartAsWhatTheyAreInThisEngagementAndHrByRole() {
        assertThat(policy.participations(viewer(1, Role.CLIENT), engagement)).containsExactly(Participation.CLIENT);
        assertThat(policy.participations(viewer(2, Role.LEADER), engagement)).containsExactly(Participation.LEADER);
        assertThat(policy.participations(viewer(3, Role.COACH), engagement)).containsExactly(Participation.COACH);
        assertThat(policy.participations(viewer(9, Role.HR_ADMIN), engagement)).containsExactly(Participation.HR);
        assertThat(policy.participations(viewer(3, Role.COACH, Role.HR_ADMIN), engagement))
                .containsExactlyInAnyOrder(Participation.COACH, Participation.HR);
        // a coach, client or leader of other engagements takes no part in this one
        assertThat(policy.participations(viewer(8, Role.COACH, Role.CLIENT, Role.LEADER), engagement))
                .isEmpty();
    }

    @Test
    void someoneWithNoPartAndAnEngagementThatDoesNotExistAnswerAlikeNotFound() {
        assertThatThrownBy(() -> policy.require(7L, viewer(8, Role.COACH), EngagementContent.FACTS))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.require(70L, viewer(1, Role.CLIENT), EngagementContent.FACTS))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.require(70L, viewer(9, Role.HR_ADMIN), EngagementContent.FACTS))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aParticipantAskingForContentTheirPartMayNotSeeIsForbidden() {
        assertThatThrownBy(() -> policy.require(7L, viewer(2, Role.LEADER), EngagementContent.COACH_PRIVATE_NOTES))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.require(7L, viewer(9, Role.HR_ADMIN), EngagementContent.ASSESSMENTS))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.require(7L, viewer(1, Role.CLIENT), EngagementContent.COACHABILITY))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theAccessGrantedSaysWhoTheViewerIsAndWhatTheyMaySee() {
        EngagementAccess leader = policy.require(7L, viewer(2, Role.LEADER), EngagementContent.SHARED_GOALS);
        assertThat(leader.engagement()).isSameAs(engagement);
        assertThat(leader.isLeader()).isTrue();
        assertThat(leader.isClient() || leader.isCoach() || leader.isHr()).isFalse();
        assertThat(leader.allows("SHARED_ASSESSMENTS")).isTrue();
        assertThat(leader.allows("ASSESSMENTS")).isFalse();

        EngagementAccess coachAndHr =
                policy.require(7L, viewer(3, Role.COACH, Role.HR_ADMIN), EngagementContent.COACH_PRIVATE_NOTES);
        assertThat(coachAndHr.isCoach()).isTrue();
        assertThat(coachAndHr.isHr()).isTrue();
        assertThat(coachAndHr.isClient()).isFalse();
        assertThat(coachAndHr.is(Participation.LEADER)).isFalse();
        assertThat(coachAndHr.isLeader()).isFalse();

        EngagementAccess client = policy.require(7L, viewer(1, Role.CLIENT), EngagementContent.REFLECTIONS);
        assertThat(client.isClient()).isTrue();
        assertThat(client.may(EngagementContent.COACH_PRIVATE_NOTES)).isFalse();
    }

    @Test
    void anActionIsRefusedAsTheTableSaysOutsidersFirstThenAClosedEngagementThenWhoMayNotTakeIt() {
        // someone with no part, or no engagement: not found, whatever the action
        assertThatThrownBy(() -> policy.require(7L, viewer(8, Role.COACH), EngagementAction.SCHEDULE_SESSION))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policy.require(70L, viewer(3, Role.COACH), EngagementAction.SCHEDULE_SESSION))
                .isInstanceOf(NotFoundException.class);
        // a participant who may not: 403 with the act's own reason; a leader who may not see the content is refused for
        // that
        assertThatThrownBy(() -> policy.require(7L, viewer(1, Role.CLIENT), EngagementAction.SCHEDULE_SESSION))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Only the engagement’s coach may do this");
        assertThatThrownBy(() -> policy.require(7L, viewer(2, Role.LEADER), EngagementAction.SCHEDULE_SESSION))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("You may not see this part of the engagement");
        assertThatThrownBy(() -> policy.require(7L, viewer(9, Role.HR_ADMIN), EngagementAction.WRITE_AGENDA))
                .isInstanceOf(ForbiddenException.class);
        // the close-out survey is the client's and the leader's: for anyone else it does not exist
        assertThatThrownBy(() -> policy.require(7L, viewer(3, Role.COACH), EngagementAction.ANSWER_CLOSE_OUT))
                .isInstanceOf(NotFoundException.class);
        // those who may
        assertThat(policy.require(7L, viewer(3, Role.COACH), EngagementAction.SCHEDULE_SESSION)
                        .isCoach())
                .isTrue();
        assertThat(policy.require(7L, viewer(9, Role.HR_ADMIN), EngagementAction.ADJUST_HOURS)
                        .isHr())
                .isTrue();
        assertThat(policy.require(7L, viewer(2, Role.LEADER), EngagementAction.CONFIRM_ALIGNMENT_OUTCOME)
                        .isLeader())
                .isTrue();
    }

    @Test
    void aClosedEngagementRefusesEveryParticipantsWriteButTheFewItStillTakesAndStillOffersNothingToOutsiders() {
        Engagement closed = withCoach(engagement(CoachingType.ALIGNED, Phase.CLOSED));
        EngagementAccessPolicy onClosed = new EngagementAccessPolicy(onlyEngagementSeven(closed));
        assertThatThrownBy(() -> onClosed.require(7L, viewer(3, Role.COACH), EngagementAction.SCHEDULE_SESSION))
                .isInstanceOf(EngagementClosed.class);
        // closed comes before "not yours": as the web guard answers before any handler
        assertThatThrownBy(() -> onClosed.require(7L, viewer(2, Role.LEADER), EngagementAction.SCHEDULE_SESSION))
                .isInstanceOf(EngagementClosed.class);
        assertThatThrownBy(() -> onClosed.require(7L, viewer(9, Role.HR_ADMIN), EngagementAction.ADJUST_HOURS))
                .isInstanceOf(EngagementClosed.class);
        assertThatThrownBy(() -> onClosed.require(7L, viewer(1, Role.CLIENT), EngagementAction.SHARE_ASSESSMENT))
                .isInstanceOf(EngagementClosed.class);
        assertThatThrownBy(() -> onClosed.require(7L, viewer(8, Role.COACH), EngagementAction.SCHEDULE_SESSION))
                .isInstanceOf(NotFoundException.class);
        assertThat(onClosed.require(7L, viewer(1, Role.CLIENT), EngagementAction.ANSWER_CLOSE_OUT)
                        .isClient())
                .isTrue();
        assertThat(onClosed.require(7L, viewer(1, Role.CLIENT), EngagementAction.WITHDRAW_ASSESSMENT_SHARE)
                        .isClient())
                .isTrue();
        assertThat(onClosed.require(7L, viewer(1, Role.CLIENT), EngagementAction.MAKE_JOURNAL_ENTRY_PRIVATE)
                        .isClient())
                .isTrue();
        // a page that offers an act opens in any phase, for those who may take it only
        assertThat(onClosed.requireOffered(7L, viewer(3, Role.COACH), EngagementAction.SCHEDULE_SESSION)
                        .isCoach())
                .isTrue();
        assertThatThrownBy(() -> onClosed.requireOffered(7L, viewer(1, Role.CLIENT), EngagementAction.SCHEDULE_SESSION))
                .isInstanceOf(ForbiddenException.class);
    }
}

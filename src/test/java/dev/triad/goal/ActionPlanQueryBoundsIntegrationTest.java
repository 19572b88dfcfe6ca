package dev.triad.goal;

import dev.triad.account.CurrentUser;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.support.StatementCounter;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The action plan, the goal list and the goal page cost the same number of statements whatever they show. */
@IntegrationTest
class ActionPlanQueryBoundsIntegrationTest {

    static final int BOUND = 15;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GoalService goals;

    @Autowired
    ActionStepService steps;

    StatementCounter counter;

    @BeforeEach
    void counter(@Autowired EntityManagerFactory entityManagerFactory) {
        counter = new StatementCounter(entityManagerFactory);
    }

    /** An engagement with {@code goalCount} goals, each with check-ins and steps with notes, and steps of no goal. */
    Triad engagementWith(int goalCount, int stepsPerGoal) {
        Triad t = fixtures.aTriad();
        CurrentUser client = fixtures.principal(t.client());
        CurrentUser coach = fixtures.principal(t.coach());
        for (int g = 0; g < goalCount; g++) {
            Goal goal = goals.create(
                    t.id(),
                    new GoalDetails(
                            "Goal " + g,
                            "Success " + g,
                            GoalCategory.values()[g % 4],
                            "points",
                            BigDecimal.ZERO,
                            BigDecimal.TEN,
                            GoalStatus.ACTIVE,
                            g % 2 == 0 ? GoalVisibility.SHARED : GoalVisibility.PRIVATE),
                    coach);
            goals.checkIn(t.id(), goal.getId(), LocalDate.now(), BigDecimal.valueOf(g), "check " + g, client);
            goals.checkIn(t.id(), goal.getId(), LocalDate.now(), BigDecimal.valueOf(g + 1), "again " + g, coach);
            if (goal.isShared()) {
                goals.addLeaderInput(t.id(), goal.getId(), "input", fixtures.principal(t.leader()));
            }
            for (int s = 0; s < stepsPerGoal; s++) {
                ActionStep step = steps.add(
                        t.id(),
                        goal.getId(),
                        "Step " + g + "." + s,
                        LocalDate.now().plusDays(s - 1),
                        client);
                steps.addNote(t.id(), step.getId(), "Note on " + s, client);
                steps.addNote(t.id(), step.getId(), "Coach note on " + s, coach);
            }
        }
        for (int s = 0; s < stepsPerGoal; s++) {
            steps.add(t.id(), null, "Loose step " + s, LocalDate.now().plusDays(s), coach);
        }
        return t;
    }

    long statements(String path, Triad t) throws Exception {
        var who = fixtures.as(t.client());
        return counter.count(() -> mvc.perform(get(path).with(who)).andExpect(status().isOk()));
    }

    @Test
    void thePlanCostsTheSameForOneGoalWithOneStepAsForFourGoalsWithThreeStepsEach() throws Exception {
        Triad small = engagementWith(1, 1);
        Triad large = engagementWith(4, 3);
        long few = statements("/engagements/" + small.id() + "/plan", small);
        long many = statements("/engagements/" + large.id() + "/plan", large);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND);
        mvc.perform(get("/engagements/" + large.id() + "/plan").with(fixtures.as(large.client())))
                .andExpect(Page.texts(".step-note", hasItem(containsString("Coach note on 2"))));
    }

    @Test
    void theGoalListAndTheGoalPageCostTheSameWhateverTheirSize() throws Exception {
        Triad small = engagementWith(1, 1);
        Triad large = engagementWith(4, 3);
        assertThat(statements("/engagements/" + large.id() + "/goals", large))
                .isEqualTo(statements("/engagements/" + small.id() + "/goals", small))
                .isLessThanOrEqualTo(BOUND);
        Long smallGoal = goals.list(small.id(), fixtures.principal(small.client()))
                .goals()
                .get(0)
                .goal()
                .getId();
        Long largeGoal = goals.list(large.id(), fixtures.principal(large.client()))
                .goals()
                .get(3)
                .goal()
                .getId();
        assertThat(statements("/engagements/" + large.id() + "/goals/" + largeGoal, large))
                .isEqualTo(statements("/engagements/" + small.id() + "/goals/" + smallGoal, small))
                .isLessThanOrEqualTo(BOUND);
    }
}

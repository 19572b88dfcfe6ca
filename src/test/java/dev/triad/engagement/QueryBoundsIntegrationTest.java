package dev.triad.engagement;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.StatementCounter;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The main pages issue a small number of statements that does not grow with the data shown. */
@IntegrationTest
class QueryBoundsIntegrationTest {

    static final int BOUND = 15;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CoachRoster roster;

    StatementCounter counter;

    @BeforeEach
    void counter(@Autowired EntityManagerFactory entityManagerFactory) {
        counter = new StatementCounter(entityManagerFactory);
    }

    long statements(String path, RequestPostProcessor who, String... params) throws Exception {
        return counter.count(() -> {
            var request = get(path).with(who);
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            mvc.perform(request).andExpect(status().isOk());
        });
    }

    @Test
    void theHrEngagementListCostsTheSameForTwentyOneEngagementsAsForFortyFive() throws Exception {
        // Both lists fill the first page, so both need the count query: only growth would differ.
        Programme small = fixtures.programme();
        Programme large = fixtures.programme();
        User coach = fixtures.person(Role.COACH);
        User client = fixtures.person(Role.CLIENT);
        User leader = fixtures.person(Role.LEADER);
        for (int i = 0; i < 21; i++) {
            fixtures.anEngagement()
                    .in(small)
                    .withClient(client)
                    .withLeader(leader)
                    .withCoach(coach)
                    .build();
        }
        for (int i = 0; i < 45; i++) {
            fixtures.anEngagement()
                    .in(large)
                    .withClient(client)
                    .withLeader(leader)
                    .withCoach(i % 2 == 0 ? coach : null)
                    .build();
        }
        RequestPostProcessor hr = fixtures.as(fixtures.hr());
        long few = statements("/", hr, "programme", small.getId().toString());
        long many = statements("/", hr, "programme", large.getId().toString());
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void theCoachHomeCostsTheSameForOneEngagementAsForTwelve() throws Exception {
        User busy = fixtures.person(Role.COACH);
        User quiet = fixtures.person(Role.COACH);
        fixtures.anEngagement().withCoach(quiet).build();
        for (int i = 0; i < 12; i++) {
            fixtures.anEngagement().withCoach(busy).build();
        }
        long few = statements("/", fixtures.as(quiet));
        long many = statements("/", fixtures.as(busy));
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void theOverviewCostsTheSameWithOneCoachAssignmentAsWithFive() throws Exception {
        User hrUser = fixtures.hr();
        var once =
                fixtures.anEngagement().withCoach(fixtures.person(Role.COACH)).build();
        var often =
                fixtures.anEngagement().withCoach(fixtures.person(Role.COACH)).build();
        for (int i = 0; i < 4; i++) {
            roster.assign(
                    often.getId(),
                    fixtures.person(Role.COACH).getId(),
                    true,
                    "change " + i,
                    fixtures.principal(hrUser));
        }
        RequestPostProcessor hr = fixtures.as(hrUser);
        long few = statements("/engagements/" + once.getId(), hr);
        long many = statements("/engagements/" + often.getId(), hr);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void thePeopleListAndTheRosterStayWithinTheBound() throws Exception {
        RequestPostProcessor hr = fixtures.as(fixtures.hr());
        fixtures.people(3, Role.COACH);
        assertThat(statements("/people", hr)).isLessThanOrEqualTo(BOUND);
        assertThat(statements("/people", hr, "page", "1")).isLessThanOrEqualTo(BOUND);
        var engagement = fixtures.anEngagement().build();
        long before = statements("/engagements/" + engagement.getId() + "/coach", hr);
        fixtures.people(5, Role.COACH);
        long after = statements("/engagements/" + engagement.getId() + "/coach", hr);
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(BOUND);
    }
}

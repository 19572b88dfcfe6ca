package dev.triad.session;

import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.StatementCounter;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sessions list and the hours ledger cost the same number of statements for two sessions as for twelve. */
@IntegrationTest
class SessionQueryBoundsIntegrationTest {

    static final int BOUND = 12;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    StatementCounter counter;

    @BeforeEach
    void counter(@Autowired EntityManagerFactory entityManagerFactory) {
        counter = new StatementCounter(entityManagerFactory);
    }

    Triad withHeldSessions(int n) {
        Triad triad = fixtures.aTriad();
        var coach = fixtures.principal(triad.coach());
        for (int i = 0; i < n; i++) {
            CoachingSession session = fixtures.sessionThatBegan(
                    triad.id(),
                    LocalDateTime.now().minusDays(i + 1L).truncatedTo(ChronoUnit.MINUTES),
                    60,
                    SessionFormat.VIDEO,
                    null,
                    coach);
            sessions.hold(triad.id(), session.getId(), coach);
        }
        sessions.schedule(
                triad.id(),
                new NewSession(
                        LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.MINUTES), 60, SessionFormat.VIDEO, null),
                coach);
        return triad;
    }

    long statements(String path, RequestPostProcessor who) throws Exception {
        return counter.count(() -> mvc.perform(get(path).with(who)).andExpect(status().isOk()));
    }

    @Test
    void theSessionsAndHoursPagesDoNotGrowWithTheSessions() throws Exception {
        Triad few = withHeldSessions(2);
        Triad many = withHeldSessions(12);
        for (String page : new String[] {"sessions", "hours"}) {
            long forFew = statements("/engagements/" + few.id() + "/" + page, fixtures.as(few.coach()));
            long forMany = statements("/engagements/" + many.id() + "/" + page, fixtures.as(many.coach()));
            assertThat(forMany).as(page).isEqualTo(forFew).isLessThanOrEqualTo(BOUND);
        }
    }
}

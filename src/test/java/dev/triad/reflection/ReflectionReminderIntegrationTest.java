package dev.triad.reflection;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.engagement.Engagement;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.support.StatementCounter;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The client's home page reminds them of this week's reflection until it is written; nobody else's does. */
@IntegrationTest
class ReflectionReminderIntegrationTest {

    static final String REMINDER = "You have not written this week’s reflection for ";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Weeks weeks;

    @Autowired
    ReflectionReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    Triad a;
    User hr;

    @BeforeEach
    void anEngagement() {
        a = fixtures.aTriad();
        hr = fixtures.hr();
    }

    String newReflectionLink(Long engagementId) {
        return "href=\"/engagements/" + engagementId + "/journal/new\"";
    }

    @Test
    void theClientIsRemindedUntilThisWeeksReflectionIsWritten() throws Exception {
        mvc.perform(get("/").with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        "#reminders [role=alert] > span",
                        hasItem(containsString(
                                REMINDER + "your coaching with " + a.coach().getFullName() + "."))))
                .andExpect(Page.texts(
                        "#reminders a[href=/engagements/" + a.id() + "/journal/new]", contains("Write it now")));

        mvc.perform(get("/engagements/{id}/journal/new", a.id()).with(fixtures.as(a.client())))
                .andExpect(status().isOk());
        mvc.perform(post("/engagements/{id}/journal", a.id())
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("week", weeks.thisWeek().toString())
                        .param("nextSessionAgenda", "Questions on feedback"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/").with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My coaching")))
                .andExpect(content().string(not(containsString(REMINDER))))
                .andExpect(content().string(not(containsString(newReflectionLink(a.id())))));
    }

    @Test
    void theCoachTheLeaderAndHrAreNeverRemindedOfTheClientsReflection() throws Exception {
        for (User other : new User[] {a.coach(), a.leader(), hr}) {
            mvc.perform(get("/").with(fixtures.as(other)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("this week’s reflection"))))
                    .andExpect(content().string(not(containsString(newReflectionLink(a.id())))));
        }
        assertThat(reminders.remindersFor(fixtures.principal(a.coach()))).isEmpty();
        assertThat(reminders.remindersFor(fixtures.principal(a.client()))).hasSize(1);
    }

    @Test
    void eachActiveEngagementIsRemindedByItsCoachOrItsProgrammeButNotAClosedOrNotYetStartedOne() {
        User client = fixtures.person(Role.CLIENT);
        Engagement withCoach = fixtures.anEngagement()
                .withClient(client)
                .withCoach(fixtures.person(Role.COACH))
                .build();
        Engagement withoutCoach = fixtures.anEngagement().withClient(client).build();
        Engagement closed = fixtures.anEngagement().withClient(client).build();
        Engagement later = fixtures.anEngagement().withClient(client).build();
        jdbc.update("update engagement set phase = 'CLOSED' where id = ?", closed.getId());
        jdbc.update(
                "update engagement set starts_on = ? where id = ?",
                weeks.thisWeek().plusWeeks(1),
                later.getId());

        List<MissingReflection> missing = reminders.missingThisWeek(client.getId());

        assertThat(missing)
                .extracting(MissingReflection::engagementId)
                .containsExactlyInAnyOrder(withCoach.getId(), withoutCoach.getId());
        MissingReflection noCoach = missing.stream()
                .filter(m -> m.engagementId().equals(withoutCoach.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(noCoach.coachName()).isNull();
        assertThat(noCoach.engagementName())
                .isEqualTo(withoutCoach.getProgramme().getName());
        assertThat(noCoach.journalHref()).isEqualTo("/engagements/" + withoutCoach.getId() + "/journal/new");
    }

    @Test
    void findingTheMissingReflectionsTakesOneStatementHoweverManyEngagements(@Autowired EntityManagerFactory emf)
            throws Exception {
        User client = fixtures.person(Role.CLIENT);
        for (int i = 0; i < 4; i++) {
            fixtures.anEngagement()
                    .withClient(client)
                    .withCoach(i % 2 == 0 ? fixtures.person(Role.COACH) : null)
                    .build();
        }
        StatementCounter counter = new StatementCounter(emf);
        AtomicReference<List<MissingReflection>> found = new AtomicReference<>();
        long statements = counter.count(() -> found.set(reminders.missingThisWeek(client.getId())));
        assertThat(found.get()).hasSize(4);
        assertThat(statements).isEqualTo(1);

        RequestPostProcessor one = fixtures.as(a.client());
        RequestPostProcessor four = fixtures.as(client);
        long homeWithOne = counter.count(() -> mvc.perform(get("/").with(one)).andExpect(status().isOk()));
        long homeWithFour = counter.count(() -> mvc.perform(get("/").with(four)).andExpect(status().isOk()));
        assertThat(homeWithFour).isEqualTo(homeWithOne);
    }
}

package dev.triad.demo;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.account.Users;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.Engagements;
import dev.triad.engagement.HoursEntries;
import dev.triad.engagement.Phase;
import dev.triad.programme.CoachingType;
import dev.triad.programme.Programmes;
import dev.triad.session.CoachingSession;
import dev.triad.session.CoachingSessions;
import dev.triad.session.SessionStatus;
import dev.triad.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo data on a database of its own: loaded once into an empty database, never again. */
@SpringBootTest(properties = "triad.demo.enabled=true")
class DemoDataIntegrationTest {

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        String url = TestDatabase.createFreshDatabase();
        registry.add("spring.datasource.url", () -> url);
    }

    @Autowired
    Users users;

    @Autowired
    Programmes programmes;

    @Autowired
    Engagements engagements;

    @Autowired
    DemoData demoData;

    @Autowired
    CoachingSessions sessions;

    @Autowired
    HoursEntries hoursEntries;

    @Autowired
    PasswordEncoder passwordEncoder;

    long count(Role role) {
        return users.findAll().stream().filter(u -> u.hasRole(role)).count();
    }

    @Test
    @Transactional
    void oneOrganisationIsLoadedWithEveryPhaseAndCoachingTypeAndTheFourDemoLogins() {
        assertThat(count(Role.HR_ADMIN)).isEqualTo(1);
        assertThat(count(Role.COACH)).isEqualTo(4);
        assertThat(count(Role.LEADER)).isEqualTo(8);
        assertThat(count(Role.CLIENT)).isEqualTo(20 + ImpactDemo.PAST_CLIENTS.length);
        assertThat(programmes.count()).isEqualTo(3);
        List<Engagement> all = engagements.findAll();
        assertThat(all).hasSize(20 + ImpactDemo.PAST_CLIENTS.length);
        assertThat(all.stream().map(Engagement::getPhase).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Phase.class));
        assertThat(all.stream().map(Engagement::getCoachingType).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(CoachingType.class));

        for (String login : List.of("hr@demo.triad", "coach@demo.triad", "client@demo.triad", "leader@demo.triad")) {
            User user = users.findByEmail(login).orElseThrow();
            assertThat(user.isMustChangePassword()).isFalse();
        }
        User coach = users.findByEmail("coach@demo.triad").orElseThrow();
        User leader = users.findByEmail("leader@demo.triad").orElseThrow();
        User client = users.findByEmail("client@demo.triad").orElseThrow();
        // the demo organisation spans time zones, as the README's tour table says
        assertThat(coach.zoneOr(null)).hasToString("Europe/London");
        assertThat(client.zoneOr(null)).hasToString("America/New_York");
        assertThat(leader.zoneOr(null)).hasToString("Asia/Singapore");
        assertThat(users.findByEmail("hr@demo.triad").orElseThrow().hasOwnTimeZone())
                .isFalse();
        Engagement clientsEngagement =
                all.stream().filter(e -> e.isClient(client.getId())).findFirst().orElseThrow();
        assertThat(clientsEngagement.isCoach(coach.getId())).isTrue();
        assertThat(clientsEngagement.isLeader(leader.getId())).isTrue();
        List<CoachingSession> demoSessions = sessions.inOrderOfStart(clientsEngagement.getId());
        assertThat(demoSessions)
                .extracting(CoachingSession::getStatus)
                .contains(SessionStatus.HELD, SessionStatus.SCHEDULED);
        assertThat(hoursEntries.usedBy(clientsEngagement.getId()))
                .isEqualByComparingTo(String.valueOf(demoSessions.stream()
                        .filter(s -> s.getStatus() == SessionStatus.HELD)
                        .count()));

        Set<Long> otherCoachesOfTheDemoLeader = all.stream()
                .filter(e -> e.isLeader(leader.getId()) && e.getCoach() != null && !e.isCoach(coach.getId()))
                .map(e -> e.getCoach().getId())
                .collect(Collectors.toSet());
        assertThat(otherCoachesOfTheDemoLeader).isNotEmpty();
    }

    @Test
    void everyDemoEngagementHasThePhaseHistoryThatBroughtItToItsPhaseAndClosedOnesClosedAsCompletedInThePast(
            @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        for (Engagement engagement : engagements.findAll()) {
            List<String> moves = jdbc.queryForList(
                    "select to_phase from phase_change where engagement_id = ? order by moved_at, id",
                    String.class,
                    engagement.getId());
            assertThat(moves)
                    .as("moves of engagement %d", engagement.getId())
                    .containsExactlyElementsOf(java.util.Arrays.stream(Phase.values())
                            .skip(1)
                            .limit(engagement.getPhase().ordinal())
                            .map(Phase::name)
                            .toList());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from phase_change where to_phase = 'CLOSED' and (closure <> 'COMPLETED' "
                                + "or moved_at > now())",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from phase_change where to_phase = 'CLOSED'", Long.class))
                .isPositive();
    }

    @Test
    void everyDemoEngagementWasOpenedBeforeItsFirstPhaseMoveSoTheTimelineStartsWithTheOpening(
            @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList(
                        "select e.id from engagement e where exists (select 1 from phase_change c "
                                + "where c.engagement_id = e.id and c.moved_at <= e.created_at)",
                        Long.class))
                .isEmpty();
    }

    @Test
    void runningAgainOnADatabaseWithDataLoadsNothing() throws Exception {
        long people = users.count();
        demoData.run(new DefaultApplicationArguments());
        assertThat(users.count()).isEqualTo(people);
        assertThat(engagements.count()).isEqualTo(20 + ImpactDemo.PAST_CLIENTS.length);
    }

    @Autowired
    dev.triad.impact.ProgrammeImpact impact;

    @Test
    void everyDemoProgrammesDashboardShowsEveryChart() {
        for (var programme : programmes.findAll()) {
            var dashboard = impact.dashboard(programme.getId());
            assertThat(List.of(
                            dashboard.phases(),
                            dashboard.coachLoad(),
                            dashboard.attendance(),
                            dashboard.hours(),
                            dashboard.goals(),
                            dashboard.checkIns(),
                            dashboard.closeOut(),
                            dashboard.coverage()))
                    .as(programme.getName())
                    .allMatch(dev.triad.impact.Aggregate::shown);
            assertThat(dashboard.impact()).as(programme.getName()).anyMatch(dev.triad.impact.Aggregate::shown);
        }
    }

    /** The demo client's assessments (AssessmentDemo): a shared report with scores, private interviews, a closed 360, reads logged. */
    @Test
    void theDemoClientHasAssessmentsAClosed360WithResultsAndAnAccessLogOnce(
            @Autowired dev.triad.assessment.AssessmentService assessments,
            @Autowired dev.triad.feedback.FeedbackService feedback,
            @Autowired AssessmentDemo assessmentDemo,
            @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        Long engagement = jdbc.queryForObject(
                "select e.id from engagement e join app_user u on u.id = e.client_id "
                        + "where u.email = 'client@demo.triad'",
                Long.class);
        dev.triad.assessment.AssessmentOverview client =
                assessments.overview(engagement, demoPrincipal("client@demo.triad"));
        assertThat(client.cards()).hasSize(3);
        assertThat(client.cards()).anySatisfy(card -> {
            assertThat(card.assessment().getTitle()).isEqualTo("Hogan Leadership Forecast");
            assertThat(card.assessment().getSharing()).isEqualTo(dev.triad.assessment.Sharing.SUMMARY);
            assertThat(card.scores()).hasSize(7);
        });
        assertThat(assessments
                        .overview(engagement, demoPrincipal("leader@demo.triad"))
                        .cards())
                .singleElement()
                .satisfies(card -> assertThat(card.whole()).isFalse());
        Long review = jdbc.queryForObject(
                "select assessment_id from feedback_request where engagement_id = ?", Long.class, engagement);
        dev.triad.feedback.FeedbackResults results = feedback.results(
                        engagement, review, demoPrincipal("client@demo.triad"))
                .results();
        assertThat(results.getColumns())
                .extracting(c -> c.label())
                .containsExactly("Self", "All raters", "Leader", "Peers");
        assertThat(results.getNotShown()).isEqualTo(1);
        // answers as real raters give them: the summary's strengths above its development areas, items apart, and
        // Chris rating their own delegation higher than others do
        java.util.Map<String, java.math.BigDecimal> all = new java.util.LinkedHashMap<>();
        results.getCompetencies()
                .forEach(row -> all.put(row.competency(), row.averages().get("all")));
        assertThat(new java.util.HashSet<>(all.values())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all.get("Results")).isGreaterThan(all.get("Developing others"));
        assertThat(all.get("Strategic thinking")).isGreaterThan(all.get("Communication"));
        assertThat(results.getCompetencies())
                .filteredOn(row -> row.competency().equals("Developing others"))
                .singleElement()
                .satisfies(row -> assertThat(row.gap()).isPositive());
        assertThat(results.getCompetencies().stream()
                        .flatMap(row -> row.items().stream())
                        .map(item -> item.averages().get("PEER"))
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(4);
        assertThat(assessments
                        .accessLog(
                                engagement,
                                demoPrincipal("client@demo.triad"),
                                org.springframework.data.domain.PageRequest.of(0, 50))
                        .entries()
                        .getContent())
                .extracting(e -> e.getReader().getEmail())
                .contains("coach@demo.triad", "leader@demo.triad");
        long before = jdbc.queryForObject("select count(*) from assessment", Long.class);
        assessmentDemo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from assessment", Long.class))
                .isEqualTo(before);
    }

    private dev.triad.account.CurrentUser demoPrincipal(String email) {
        User user = users.findWithRoles(users.findByEmail(email).orElseThrow().getId())
                .orElseThrow();
        return new dev.triad.account.CurrentUser(
                user.getId(), user.getEmail(), user.getFullName(), user.getRoles(), true, false, "");
    }
}

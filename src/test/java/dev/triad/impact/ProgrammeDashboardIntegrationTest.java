package dev.triad.impact;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.evaluation.EvaluationService;
import dev.triad.evaluation.ReferralKind;
import dev.triad.goal.GoalStatus;
import dev.triad.programme.Programme;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.StatementCounter;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HR's programme dashboard: every aggregate is suppressed over 4 engagements and shown over 5, each over its own
 * population; the figures are right; CSV exports parse; nothing confidential reaches HR; the statements are bounded.
 */
@IntegrationTest
class ProgrammeDashboardIntegrationTest {

    static final String CHECK_IN_TEXT = "Keep going";
    static final String SECRET_NOTE = "Confidential coachability note";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProgrammeImpact impact;

    @Autowired
    EvaluationService evaluation;

    Activity activity;
    User hr;

    @BeforeEach
    void activity() {
        activity = new Activity(context);
        hr = fixtures.hr();
    }

    Triad triadIn(Programme programme) {
        User client = fixtures.person(Role.CLIENT);
        User coach = fixtures.person(Role.COACH);
        User leader = fixtures.person(Role.LEADER);
        return new Triad(
                fixtures.anEngagement()
                        .withClient(client)
                        .withLeader(leader)
                        .withCoach(coach)
                        .in(programme)
                        .build(),
                client,
                coach,
                leader);
    }

    /** An engagement with every kind of activity: 3 held sessions, a check-in, 2 goals, a measure, closed and surveyed. */
    Triad fullEngagement(Programme programme) {
        Triad t = triadIn(programme);
        activity.goal(t, GoalStatus.ACHIEVED);
        activity.goal(t, GoalStatus.ACTIVE);
        activity.measure(t, "Productivity", "%", "70", "80");
        evaluation.rateCoachability(t.id(), 3, SECRET_NOTE, activity.as(t.coach()));
        evaluation.refer(t.id(), ReferralKind.HR, SECRET_NOTE, activity.as(t.coach()));
        activity.completed(t, 3, 4, 5);
        return t;
    }

    List<Function<Dashboard, Aggregate<?>>> everyAggregate() {
        return List.of(
                Dashboard::phases,
                Dashboard::coachLoad,
                Dashboard::attendance,
                Dashboard::hours,
                Dashboard::goals,
                Dashboard::checkIns,
                Dashboard::closeOut,
                Dashboard::coverage,
                d -> d.impact().get(0));
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    List<CSVRecord> csv(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=")))
                .andReturn();
        // Every export starts with the UTF-8 byte-order mark (EF BB BF), so that Excel reads its accents right.
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    @Test
    void everyAggregateIsSuppressedOverFourEngagementsAndShownOverFive() throws Exception {
        Programme programme = fixtures.programme();
        for (int i = 0; i < 4; i++) {
            fullEngagement(programme);
        }
        Dashboard four = impact.dashboard(programme.getId());
        assertThat(four.engagementCount()).isEqualTo(4);
        for (Function<Dashboard, Aggregate<?>> aggregate : everyAggregate()) {
            assertThat(aggregate.apply(four).shown()).isFalse();
            assertThat(aggregate.apply(four).value()).isNull();
        }
        String suppressedPage = page("/programmes/" + programme.getId() + "/dashboard");
        assertThat(suppressedPage.split("Not enough data to keep it anonymous", -1).length - 1)
                .isEqualTo(8);
        assertThat(suppressedPage)
                .doesNotContain("data-chart")
                .containsPattern("Figures as of \\d\\d:\\d\\d \\(at most a minute old\\)");
        assertThat(csv("/programmes/" + programme.getId() + "/dashboard.csv"))
                .allSatisfy(r -> assertThat(r.get("Value")).isIn(Aggregate.SUPPRESSED, ""));
        assertThat(page("/programmes/" + programme.getId() + "/dashboard/print"))
                .contains(Aggregate.SUPPRESSED)
                .doesNotContain("Productivity");

        fullEngagement(programme);
        Dashboard five = impact.dashboard(programme.getId());
        for (Function<Dashboard, Aggregate<?>> aggregate : everyAggregate()) {
            assertThat(aggregate.apply(five).shown()).isTrue();
            assertThat(aggregate.apply(five).engagements()).isEqualTo(5);
        }
        assertThat(five.phases().value().counts())
                .filteredOn(c -> c.phase().name().equals("CLOSED"))
                .singleElement()
                .extracting(Figures.PhaseCount::engagements)
                .isEqualTo(5L);
        assertThat(five.attendance().value().held()).isEqualTo(15);
        assertThat(five.hours().value().used()).isEqualByComparingTo("15");
        assertThat(five.hours().value().contracted()).isEqualByComparingTo("60");
        assertThat(five.goals().value().achievedPercent()).isEqualByComparingTo("50");
        assertThat(five.checkIns().value().averageFitText()).isEqualTo("4");
        assertThat(five.closeOut().value().answers()).isEqualTo(10);
        assertThat(five.closeOut().value().satisfactionText()).isEqualTo("5");
        assertThat(five.closeOut().value().netPromoterScore()).isEqualTo(50);
        assertThat(five.impact().get(0).value().beforeText()).isEqualTo("70");
        assertThat(five.impact().get(0).value().afterText()).isEqualTo("80");
        String shownPage = page("/programmes/" + programme.getId() + "/dashboard");
        assertThat(shownPage).doesNotContain("Not enough data to keep it anonymous");
        assertThat(shownPage.split("data-chart=", -1).length - 1).isEqualTo(8);
        assertThat(page("/programmes/" + programme.getId() + "/dashboard/print"))
                .contains("Productivity (%): average after")
                .contains("80");
    }

    @Test
    void eachAggregateCountsOnlyTheEngagementsItIsComputedOver() {
        Programme programme = fixtures.programme();
        for (int i = 0; i < 4; i++) {
            fullEngagement(programme);
        }
        // A fifth engagement with a coach but no sessions, answers, goals or measures.
        triadIn(programme);
        Dashboard d = impact.dashboard(programme.getId());
        assertThat(d.phases().shown()).isTrue();
        assertThat(d.hours().shown()).isTrue();
        assertThat(d.coachLoad().shown()).isTrue();
        assertThat(d.coverage().shown()).isTrue();
        assertThat(d.coverage().value().withMeasures()).isEqualTo(4);
        assertThat(d.attendance().shown()).isFalse();
        assertThat(d.goals().shown()).isFalse();
        assertThat(d.checkIns().shown()).isFalse();
        assertThat(d.closeOut().shown()).isFalse();
        assertThat(d.impact())
                .singleElement()
                .satisfies(m -> assertThat(m.shown()).isFalse());
        assertThat(d.missingMeasures()).hasSize(1);
    }

    @Test
    void theCsvExportsParseAndHoldFactsOnly() throws Exception {
        Programme programme = fixtures.programme();
        List<Triad> triads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            triads.add(fullEngagement(programme));
        }
        List<CSVRecord> engagements = csv("/programmes/" + programme.getId() + "/engagements.csv");
        assertThat(engagements).hasSize(5);
        assertThat(engagements)
                .extracting(r -> r.get("Client"))
                .containsExactlyInAnyOrderElementsOf(
                        triads.stream().map(t -> t.client().getFullName()).toList());
        assertThat(engagements).allSatisfy(r -> {
            assertThat(r.get("Phase")).isEqualTo("Closed");
            assertThat(r.get("Sessions held")).isEqualTo("3");
            assertThat(r.get("Hours used")).isEqualTo("3");
            assertThat(r.get("Impact measures recorded")).isEqualTo("1");
        });
        List<CSVRecord> figures = csv("/programmes/" + programme.getId() + "/dashboard.csv");
        assertThat(figures).anySatisfy(r -> {
            assertThat(r.get("Section")).isEqualTo("Close-out survey");
            assertThat(r.get("Figure")).isEqualTo("Net promoter score (-100 to 100)");
            assertThat(r.get("Value")).isEqualTo("50");
            assertThat(r.get("Engagements")).isEqualTo("5");
        });
        String all = String.join("\n", figures.stream().map(CSVRecord::toString).toList())
                + engagements.stream().map(CSVRecord::toString).toList();
        assertThat(all)
                .doesNotContain(CHECK_IN_TEXT)
                .doesNotContain(SECRET_NOTE)
                .doesNotContain("Comment by")
                .doesNotContain("Goal ACHIEVED");
        // Percentages are numbers a spreadsheet adds up, the unit in the figure's name: "50", never "50 %".
        assertThat(figures)
                .filteredOn(r -> r.get("Figure").contains("%"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("Value")).as(r.get("Figure")).matches("[+-]?\\d+(\\.\\d+)?"));
        assertThat(figures).anySatisfy(r -> {
            assertThat(r.get("Section")).isEqualTo("Goals");
            assertThat(r.get("Figure")).isEqualTo("Achieved (% of goals)");
            assertThat(r.get("Value")).isEqualTo("50");
        });
        List<CSVRecord> compared = csv("/programmes/compare.csv?ids=" + programme.getId());
        assertThat(compared).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("Goals achieved (% of goals)");
            assertThat(r.get(1)).isEqualTo("50");
        });
        assertThat(compared)
                .filteredOn(r -> r.get(0).contains("%"))
                .hasSizeGreaterThan(3)
                .allSatisfy(r -> assertThat(r.get(1)).as(r.get(0)).matches("[+-]?\\d+(\\.\\d+)?"));
    }

    @Test
    void noConfidentialContentReachesHrAndOnlyHrOpensTheDashboard() throws Exception {
        Programme programme = fixtures.programme();
        Triad t = null;
        for (int i = 0; i < 5; i++) {
            t = fullEngagement(programme);
        }
        for (String path : List.of("/dashboard", "/dashboard/print")) {
            assertThat(page("/programmes/" + programme.getId() + path))
                    .doesNotContain(CHECK_IN_TEXT)
                    .doesNotContain(SECRET_NOTE)
                    .doesNotContain("Comment by")
                    .doesNotContain("Goal ACHIEVED");
        }
        for (User notHr : List.of(t.client(), t.coach(), t.leader())) {
            mvc.perform(get("/programmes/{id}/dashboard", programme.getId()).with(fixtures.as(notHr)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/programmes/{id}/engagements.csv", programme.getId())
                            .with(fixtures.as(notHr)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/programmes/compare").with(fixtures.as(notHr))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/programmes/{id}/dashboard", 987654321L).with(fixtures.as(hr)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/compare").param("ids", "abc").with(fixtures.as(hr)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void programmesAreComparedSideBySideEachWithItsOwnThreshold() throws Exception {
        Programme pilot = fixtures.programme();
        Programme tier = fixtures.programme();
        for (int i = 0; i < 5; i++) {
            fullEngagement(pilot);
        }
        for (int i = 0; i < 4; i++) {
            fullEngagement(tier);
        }
        List<Dashboard> compared = impact.compare(List.of(pilot.getId(), tier.getId()));
        List<FigureRows.ComparedRow> rows = FigureRows.compared(compared);
        FigureRows.ComparedRow satisfaction = rows.stream()
                .filter(r -> r.figure().startsWith("Close-out satisfaction"))
                .findFirst()
                .orElseThrow();
        int pilotColumn = compared.get(0).programme().getId().equals(pilot.getId()) ? 0 : 1;
        assertThat(satisfaction.values().get(pilotColumn)).isEqualTo("5");
        assertThat(satisfaction.values().get(1 - pilotColumn)).isEqualTo(Aggregate.SUPPRESSED);
        String html = page("/programmes/compare?ids=" + pilot.getId() + "&ids=" + tier.getId());
        assertThat(html)
                .contains(pilot.getName())
                .contains(tier.getName())
                .contains("not enough data to keep it anonymous")
                .contains("data-chart");
    }

    @Test
    void theDashboardCostsTheSameStatementsWhateverTheProgrammesSize(@Autowired EntityManagerFactory emf)
            throws Exception {
        StatementCounter counter = new StatementCounter(emf);
        Programme small = fixtures.programme();
        Programme large = fixtures.programme();
        for (int i = 0; i < 5; i++) {
            fullEngagement(small);
        }
        for (int i = 0; i < 8; i++) {
            fullEngagement(large);
        }
        long forSmall = counter.count(() -> page("/programmes/" + small.getId() + "/dashboard"));
        long forLarge = counter.count(() -> page("/programmes/" + large.getId() + "/dashboard"));
        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(15);
        long compareTwo =
                counter.count(() -> page("/programmes/compare?ids=" + small.getId() + "&ids=" + large.getId()));
        long compareOne = counter.count(() -> page("/programmes/compare?ids=" + small.getId()));
        assertThat(compareTwo).isEqualTo(compareOne);
    }
}

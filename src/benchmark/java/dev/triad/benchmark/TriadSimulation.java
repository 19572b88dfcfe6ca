package dev.triad.benchmark;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Signed-in people of every role walking their usual pages against the generated 'large' organisation
 * (see docs/performance.md). A closed model: {@code benchmark.users} people at once (64 by default: 32 clients,
 * 16 coaches, 8 leaders, 8 HR administrators), ramped up, each signing in once and then walking their pages with a
 * pause between pages until the run ends, as people at work do: the load stays at 64 people to the last second.
 * {@code -Dbenchmark.warmup=true} runs the same walk without the targets, to warm a freshly started Triad up before
 * the measured run (.ci/benchmark does both).
 */
public class TriadSimulation extends Simulation {

    static final String BASE = System.getProperty("benchmark.baseUrl", "http://localhost:8080");
    static final String FEEDERS = System.getProperty("benchmark.feeders", "data/benchmark");
    static final int USERS = Integer.getInteger("benchmark.users", 64);
    static final int RAMP = Integer.getInteger("benchmark.rampSeconds", 60);
    static final int SECONDS = Integer.getInteger("benchmark.seconds", 180);
    static final long PAUSE = Long.getLong("benchmark.pauseMillis", 1000);
    static final String PASSWORD = "triad-benchmark";
    static final boolean WARMUP = Boolean.getBoolean("benchmark.warmup");
    /** When the run ends, counted from the first person's first round: each walks their pages until then. */
    static final AtomicLong END_NANOS = new AtomicLong();

    /** Pages whose 95th percentile must stay within 50 ms; the programme dashboard has 200 ms, a calendar feed 30 ms. */
    static final List<String> PAGES = new ArrayList<>();

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .userAgentHeader("Triad benchmark (Gatling)")
            .disableCaching();

    static String page(String name) {
        if (!PAGES.contains(name)) {
            PAGES.add(name);
        }
        return name;
    }

    /** The login page (its CSRF token), the form post, and the home page it leads to. */
    static ChainBuilder signIn(String home) {
        return exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in (BCrypt)").post("/login").disableFollowRedirect()
                        .formParam("email", "#{email}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").not(session -> BASE + "/login?error")))
                .exec(http(page(home)).get("/").check(status().is(200),
                        regex("<meta name=\"csrf-token\" content=\"([^\"]+)\"").saveAs("csrf")));
    }

    /** Whether the run has time left: each person's loop over their pages asks before each round. */
    static Function<Session, Boolean> beforeTheEnd() {
        return session -> {
            END_NANOS.compareAndSet(0, System.nanoTime() + Duration.ofSeconds(RAMP + SECONDS).toNanos());
            return System.nanoTime() < END_NANOS.get();
        };
    }

    static ChainBuilder get(String name, String path) {
        return exec(http(page(name)).get(path).check(status().is(200))).pause(Duration.ofMillis(PAUSE / 2), Duration.ofMillis(PAUSE * 3 / 2));
    }

    ScenarioBuilder clients() {
        FeederBuilder<String> people = csv(FEEDERS + "/clients.csv").random();
        String e = "/engagements/#{engagement}";
        return scenario("clients").feed(people).exec(signIn("home (client)")).asLongAs(beforeTheEnd()).on(
                get("home (client)", "/"),
                get("engagement overview (client)", e),
                get("goals (client)", e + "/goals"),
                get("goal page (client)", e + "/goals/#{goal}"),
                get("action plan (client)", e + "/plan"),
                exec(http(page("log progress on a step (client)")).post(e + "/action-steps/#{step}/notes")
                        .header("HX-Request", "true").formParam("text", "Moved it forward today.").formParam("_csrf", "#{csrf}")
                        .check(status().is(200))),
                get("sessions (client)", e + "/sessions"),
                get("free slots, 4 weeks (client)", e + "/sessions/book"),
                get("session page (client)", e + "/sessions/#{session}"),
                get("journal (client)", e + "/journal"));
    }

    ScenarioBuilder coaches() {
        FeederBuilder<String> people = csv(FEEDERS + "/coaches.csv").random();
        String e = "/engagements/#{engagement}";
        return scenario("coaches").feed(people).exec(signIn("home (coach)")).asLongAs(beforeTheEnd()).on(
                get("home (coach)", "/"),
                get("engagement overview (coach)", e),
                get("goals (coach)", e + "/goals"),
                get("action plan (coach)", e + "/plan"),
                get("sessions (coach)", e + "/sessions"),
                get("hours (coach)", e + "/hours"),
                get("assessments (coach)", e + "/assessments"),
                get("schedule (coach)", "/schedule"),
                get("availability (coach)", "/availability"),
                get("calendar feed (coach, no sign-in)", "/calendar/feed/#{feed}.ics"));
    }

    ScenarioBuilder leaders() {
        FeederBuilder<String> people = csv(FEEDERS + "/leaders.csv").random();
        String e = "/engagements/#{engagement}";
        return scenario("leaders").feed(people).exec(signIn("home: the leader's view (leader)")).asLongAs(beforeTheEnd()).on(
                get("home: the leader's view (leader)", "/"),
                get("engagement overview (leader)", e),
                get("goals (leader)", e + "/goals"),
                get("progress reports (leader)", e + "/reports"),
                get("alignment meetings (leader)", e + "/alignment"));
    }

    ScenarioBuilder hr() {
        FeederBuilder<String> people = csv(FEEDERS + "/hr.csv").circular();
        return scenario("hr").feed(people).exec(signIn("home: engagement list (HR)")).asLongAs(beforeTheEnd()).on(
                get("home: engagement list (HR)", "/"),
                get("engagement list of a programme (HR)", "/?programme=#{programme}"),
                get("programme dashboard (HR)", "/programmes/#{programme}/dashboard"),
                get("CSV export of a programme's engagements (HR)", "/programmes/#{programme}/engagements.csv"),
                get("people (HR)", "/people"));
    }

    static PopulationBuilder closed(ScenarioBuilder scenario, int users) {
        return scenario.injectClosed(rampConcurrentUsers(0).to(users).during(RAMP), constantConcurrentUsers(users).during(SECONDS));
    }

    {
        int clients = USERS / 2, coaches = USERS / 4, leaders = USERS / 8, hr = USERS - clients - coaches - leaders;
        List<PopulationBuilder> populations = List.of(closed(clients(), clients), closed(coaches(), coaches),
                closed(leaders(), leaders), closed(hr(), hr));
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        for (String name : WARMUP ? List.<String>of() : PAGES) {
            int target = name.startsWith("programme dashboard") ? 200 : name.startsWith("calendar feed") ? 30 : 50;
            assertions.add(details(name).responseTime().percentile(95.0).lte(target));
        }
        setUp(populations).protocols(protocol).assertions(assertions);
    }
}

package dev.triad.security;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.security.SecurityWorld.Content;
import dev.triad.security.SecurityWorld.Invited;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route the application serves, taken from Spring MVC's own handler mappings, against the declared matrix in
 * {@code src/test/resources/security/route-matrix.csv} (its format is described in docs/security-matrix.md): a route
 * without a row fails, a row without a route fails, and each row's expected outcome holds for an anonymous visitor,
 * engagement A's client, coach and leader, an HR administrator, and each of engagement B's client, coach and leader
 * asking for engagement A's address. GET rows share one fixture world; each POST row gets a fresh one, so a POST
 * that is allowed (and changes something) cannot change the outcome of another row. What every role got is written to
 * {@code target/route-matrix-observed.csv}; {@code -Dtriad.matrix.only=<part of a pattern>} runs only the matching
 * rows, and {@code -Dtriad.matrix.debug=<part of a pattern>} prints each response's status, location and form messages.
 */
@IntegrationTest
class RouteMatrixIntegrationTest {

    static final String MATRIX = "/security/route-matrix.csv";
    static final List<String> ROLES = List.of("anonymous", "client", "coach", "leader", "hr", "other");
    /** Served by the static resource handler, not by a controller: rows for them are not handler routes. */
    static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/webjars/");

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern FIXTURE_VALUE = Pattern.compile("\\$\\{([A-Za-z]+)([+-]\\d+)?}");
    private static final Set<String> LOGIN = Set.of("/login", "http://localhost/login");
    private static final Pattern ARIA_REFERENCE =
            Pattern.compile("aria-(?:describedby|labelledby|controls)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern EMPTY_HEADER_CELL = Pattern.compile("<th\\b[^>]*>\\s*</th>");

    /**
     * Rendered pages whose aria-describedby (…) names an id the page does not have (a reference to nothing), or with a
     * table header cell that names nothing.
     */
    private final Set<String> danglingAriaReferences = new java.util.TreeSet<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    record Route(String method, String pattern) implements Comparable<Route> {
        @Override
        public int compareTo(Route o) {
            int byPattern = pattern.compareTo(o.pattern);
            return byPattern != 0 ? byPattern : method.compareTo(o.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    record Row(int line, Route route, Map<String, String> expected, Map<String, String> bind, String params) {
        String name() {
            return route + (bind.isEmpty() ? "" : " " + bind) + " (line " + line + ")";
        }
    }

    // ---------------------------------------------------------------- the routes and the matrix

    /**
     * Every method and pattern of every {@link RequestMappingInfoHandlerMapping}, except Spring Boot's own error
     * controller: it is not a page of Triad but what renders the error pages (403, 404, 410 …) every other row
     * ends in, reached by the servlet container's error dispatch, which MockMvc does not perform.
     */
    Set<Route> servedRoutes() {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                if (ErrorController.class.isAssignableFrom(entry.getValue().getBeanType())) {
                    continue;
                }
                Set<String> methods = entry.getKey().getMethodsCondition().getMethods().stream()
                        .map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : entry.getKey().getPatternValues()) {
                    for (String method : methods) {
                        routes.add(new Route(method, pattern));
                    }
                }
            }
        }
        return routes;
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = RouteMatrixIntegrationTest.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    assertThat(line)
                            .as("the matrix's header")
                            .isEqualTo("method,pattern,anonymous,client,coach,leader,hr,other,bind,params");
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                assertThat(cells)
                        .as("line " + number + " has 10 cells: " + line)
                        .hasSize(10);
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    expected.put(ROLES.get(i), cells[2 + i].strip());
                }
                Map<String, String> bind = new LinkedHashMap<>();
                for (String pair : cells[8].strip().split(";")) {
                    if (!pair.isBlank()) {
                        String[] kv = pair.split("=", 2);
                        bind.put(kv[0].strip(), kv[1].strip());
                    }
                }
                rows.add(new Row(
                        number, new Route(cells[0].strip(), cells[1].strip()), expected, bind, cells[9].strip()));
            }
        }
        return rows;
    }

    static boolean isStatic(String pattern) {
        return STATIC_PREFIXES.stream().anyMatch(pattern::startsWith);
    }

    @Test
    void everyRouteHasARowAndEveryRowNamesARoute() throws IOException {
        Set<Route> served = servedRoutes();
        List<Row> rows = rows();
        Set<Route> declared = rows.stream().map(Row::route).collect(Collectors.toCollection(TreeSet::new));
        Set<Route> missing = new TreeSet<>(served);
        missing.removeAll(declared);
        Set<Route> stale = new TreeSet<>(declared);
        stale.removeAll(served);
        stale.removeIf(route -> route.method().equals("GET") && isStatic(route.pattern()));
        assertThat(missing)
                .as("routes served with no row in " + MATRIX + " (add one per route: "
                        + missing.stream()
                                .map(r -> r.method() + "," + r.pattern() + ",?,?,?,?,?,?,,")
                                .collect(Collectors.joining("  "))
                        + ")")
                .isEmpty();
        assertThat(stale)
                .as("rows in " + MATRIX + " for routes the application no longer serves")
                .isEmpty();
        Set<String> seen = new LinkedHashSet<>();
        for (Row row : rows) {
            assertThat(seen.add(row.route() + " " + row.bind() + " " + row.params()))
                    .as("a second row for " + row.name())
                    .isTrue();
            for (String outcome : row.expected().values()) {
                assertThat(outcome)
                        .as(row.name())
                        .matches("(OK|REDIRECT|LOGIN|\\d{3})(\\|(OK|REDIRECT|LOGIN|\\d{3}))*");
            }
        }
        assertThat(served).as("the handler mappings were read").hasSizeGreaterThan(100);
        // the readable table beside the CSV names every route of it
        String doc = Files.readString(Path.of("docs", "security-matrix.md"));
        for (Route route : declared) {
            assertThat(doc)
                    .as("docs/security-matrix.md lists " + route)
                    .contains("| " + route.method() + " | `" + route.pattern() + "` |");
        }
    }

    // ---------------------------------------------------------------- the fixture world

    /** The people, made once: engagement A's three (whose addresses are asked for), B's three, an HR administrator. */
    final class People {
        final Triad a;
        final Triad b;
        final User hr;
        final Map<User, CurrentUser> principals = new LinkedHashMap<>();

        People(SecurityWorld world) {
            a = world.fixtures.aTriad();
            b = world.fixtures.aTriad();
            hr = world.fixtures.hr();
            for (User u : List.of(a.client(), a.coach(), a.leader(), b.client(), b.coach(), b.leader(), hr)) {
                principals.put(u, world.as(u));
            }
        }

        List<User> as(String role) {
            return switch (role) {
                case "anonymous" -> java.util.Collections.singletonList(null);
                case "client" -> List.of(a.client());
                case "coach" -> List.of(a.coach());
                case "leader" -> List.of(a.leader());
                case "hr" -> List.of(hr);
                case "other" -> List.of(b.client(), b.coach(), b.leader());
                default -> throw new IllegalArgumentException(role);
            };
        }
    }

    /** One engagement A of the same three people with every kind of child object, and the objects outside engagements. */
    static final class World {
        final Map<String, Supplier<String>> names = new LinkedHashMap<>();
        private final Map<String, String> made = new LinkedHashMap<>();

        World(SecurityWorld world, People people, boolean everything) {
            // clients book sessions themselves in A's programme, so that the booking routes have their client
            Programme created = world.fixtures.programme();
            created.letClientsBookSessions(true);
            Programme programme =
                    world.context.getBean(dev.triad.programme.Programmes.class).save(created);
            Triad a = new Triad(
                    world.fixtures
                            .anEngagement()
                            .withClient(people.a.client())
                            .withLeader(people.a.leader())
                            .withCoach(people.a.coach())
                            .in(programme)
                            .build(),
                    people.a.client(),
                    people.a.coach(),
                    people.a.leader());
            Content content = world.content(a);
            if (everything) {
                content.all();
            }
            content.names().forEach(name -> names.put(name, () -> String.valueOf(content.get(name))));
            names.put("programme", () -> String.valueOf(programme.getId()));
            names.put("closedEngagement", () -> String.valueOf(world.closedEngagement(a, programme)));
            Supplier<Invited> invited = memo(world::invited);
            names.put("person", () -> String.valueOf(invited.get().user().getId()));
            names.put("invitationToken", () -> invited.get().invitationToken());
            names.put("resetToken", () -> invited.get().resetToken());
            names.put("notification", () -> String.valueOf(world.latestNotificationOf(a.client())));
            names.put("outboxMessage", () -> String.valueOf(world.latestOutboxMessage()));
            names.put("questionSet", () -> String.valueOf(world.setId("Feedforward check-in")));
            names.put("clientEmail", () -> people.a.client().getEmail());
            names.put("leaderEmail", () -> people.a.leader().getEmail());
            names.put("coachOfB", () -> String.valueOf(people.b.coach().getId()));
            names.put("unique", () -> java.util.UUID.randomUUID().toString().substring(0, 8));
            names.put(
                    "scimToken",
                    () -> String.valueOf(world.context
                            .getBean(dev.triad.scim.ScimTokenService.class)
                            .issue("Matrix " + java.util.UUID.randomUUID(), people.hr.getEmail())
                            .token()
                            .getId()));
        }

        private static <T> Supplier<T> memo(Supplier<T> supplier) {
            Object[] value = new Object[1];
            return () -> {
                if (value[0] == null) {
                    value[0] = supplier.get();
                }
                @SuppressWarnings("unchecked")
                T t = (T) value[0];
                return t;
            };
        }

        String value(String name) {
            return made.computeIfAbsent(name, n -> {
                Supplier<String> supplier = names.get(n);
                if (supplier == null) {
                    throw new AssertionError(
                            "The fixture world has nothing called " + n + "; it has " + names.keySet());
                }
                return supplier.get();
            });
        }
    }

    /** The name of the fixture object a path variable stands for, unless the row binds it to another. */
    static String defaultName(String pattern, String variable) {
        return switch (variable) {
            case "id" ->
                pattern.startsWith("/engagements/") || pattern.startsWith("/retention/engagements/")
                        ? "engagement"
                        : pattern.startsWith("/people/")
                                ? "person"
                                : pattern.startsWith("/programmes/")
                                        ? "programme"
                                        : pattern.startsWith("/notifications/")
                                                ? "notification"
                                                : pattern.startsWith("/outbox/")
                                                        ? "outboxMessage"
                                                        : fail(pattern, variable);
            case "token" ->
                pattern.startsWith("/feedback/")
                        ? "raterToken"
                        : pattern.startsWith("/account/invitation/")
                                ? "invitationToken"
                                : pattern.startsWith("/account/password-reset/")
                                        ? "resetToken"
                                        : fail(pattern, variable);
            case "goalId" -> "goal";
            case "stepId" -> "step";
            case "sessionId" -> "session";
            case "alertId" -> "alert";
            case "aid" -> "assessment";
            case "fileId" -> "file";
            case "raterId" -> "rater";
            case "meetingId" -> "meeting";
            case "reportId" -> "report";
            case "entryId" -> "entry";
            case "checkInId" -> pattern.contains("/goals/") ? "goalCheckIn" : "checkIn";
            case "measureId" -> "measure";
            case "setId" -> "questionSet";
            case "requestId" -> "coachChangeRequest";
            default -> fail(pattern, variable);
        };
    }

    private static String fail(String pattern, String variable) {
        throw new AssertionError("No fixture object for {" + variable + "} in " + pattern
                + ": bind it in the row, or teach defaultName");
    }

    static String url(Row row, World world) {
        Matcher matcher = VARIABLE.matcher(row.route().pattern());
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            // the default only when the row binds nothing: a variable no default knows may still be bound
            String name = row.bind().containsKey(variable)
                    ? row.bind().get(variable)
                    : defaultName(row.route().pattern(), variable);
            matcher.appendReplacement(url, Matcher.quoteReplacement(world.value(name)));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    /** A parameter's value: {@code ${date+7}}, {@code ${datetime+5}} (days from now, 10:00), or {@code ${name}} of the world. */
    static String fill(String value, World world) {
        Matcher matcher = FIXTURE_VALUE.matcher(value);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            int days = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            String replacement = switch (name) {
                case "date" -> java.time.LocalDate.now().plusDays(days).toString();
                case "datetime" ->
                    java.time.LocalDate.now().plusDays(days).atTime(10, 0).toString();
                default -> world.value(name);
            };
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    static AbstractMockHttpServletRequestBuilder<?> request(Row row, World world, boolean withParams) {
        String url = url(row, world);
        String method = row.route().method();
        if (method.equals("GET")) {
            return get(url);
        }
        if (List.of("PUT", "PATCH", "DELETE").contains(method)) {
            // a JSON API's routes (SCIM): sent without a body; who gets past the security chain is what the row says
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                            org.springframework.http.HttpMethod.valueOf(method), url)
                    .with(csrf());
        }
        assertThat(method).as(row.name()).isEqualTo("POST");
        List<String[]> params = new ArrayList<>();
        for (String pair : withParams ? row.params().split("&") : new String[0]) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=", 2);
                params.add(new String[] {
                    kv[0], URLDecoder.decode(fill(kv.length > 1 ? kv[1] : "", world), StandardCharsets.UTF_8)
                });
            }
        }
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (params.stream().anyMatch(p -> p[0].equals("file"))) {
            builder = multipart(url)
                    .file(new MockMultipartFile("file", "report.pdf", "application/pdf", SecurityWorld.PDF));
        } else {
            builder = post(url);
        }
        for (String[] p : params) {
            if (!p[0].equals("file")) {
                builder.param(p[0], p[1]);
            }
        }
        return builder.with(csrf());
    }

    /** OK, REDIRECT, LOGIN or the status; for a POST, a redirect, a conflict (409) or a form sent back (422) are all OK. */
    static String outcome(MvcResult result, String method) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getHeader("Location");
        boolean post = method.equals("POST");
        if (status >= 300 && status < 400) {
            return LOGIN.contains(location) ? "LOGIN" : post ? "OK" : "REDIRECT";
        }
        if (status >= 200 && status < 300 || post && (status == 409 || status == 422)) {
            return "OK";
        }
        return String.valueOf(status);
    }

    String perform(Row row, World world, People people, User who, boolean withParams) {
        AbstractMockHttpServletRequestBuilder<?> request = request(row, world, withParams);
        if (who != null) {
            request.with(user(people.principals.get(who)));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            noteDanglingAriaReferences(row, result);
            String debug = System.getProperty("triad.matrix.debug");
            if (debug != null && row.route().pattern().contains(debug)) {
                String body = result.getResponse().getContentAsString();
                System.out.println(
                        "DEBUG " + row.name() + " as " + (who == null ? "anonymous" : who.getFullName()) + ": "
                                + result.getResponse().getStatus() + " "
                                + result.getResponse().getHeader("Location") + " "
                                + result.getResolvedException());
                java.util.regex.Matcher m =
                        Pattern.compile("(invalid-feedback|alert)[^>]*>([^<]*)").matcher(body);
                while (m.find()) {
                    System.out.println("DEBUG   " + m.group(2).strip());
                }
            }
            return outcome(result, row.route().method());
        } catch (Exception e) {
            return "EXCEPTION " + e;
        }
    }

    void noteDanglingAriaReferences(Row row, MvcResult result) throws java.io.UnsupportedEncodingException {
        String type = result.getResponse().getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return;
        }
        String body = result.getResponse().getContentAsString();
        Set<String> ids = ID.matcher(body).results().map(m -> m.group(1)).collect(Collectors.toSet());
        ARIA_REFERENCE
                .matcher(body)
                .results()
                .flatMap(m -> Stream.of(m.group(1).trim().split("\\s+")))
                .filter(id -> !id.isEmpty() && !ids.contains(id))
                .forEach(id -> danglingAriaReferences.add(row.name() + ": " + id));
        if (EMPTY_HEADER_CELL.matcher(body).find()) {
            danglingAriaReferences.add(row.name() + ": an empty <th>");
        }
    }

    // ---------------------------------------------------------------- the rows

    @TestFactory
    Stream<DynamicTest> everyRowHoldsForEveryRole() throws IOException {
        SecurityWorld world = new SecurityWorld(context);
        People people = new People(world);
        World[] shared = new World[1];
        List<String> observed = new ArrayList<>();
        observed.add("method,pattern,anonymous,client,coach,leader,hr,other,bind,params");
        List<Row> rows = rows();
        Map<Route, Set<String>> allowedOnRoute = new LinkedHashMap<>();
        for (Row row : rows) {
            Set<String> allowed = allowedOnRoute.computeIfAbsent(row.route(), r -> new LinkedHashSet<>());
            row.expected().forEach((role, outcome) -> {
                if (outcome.equals("OK")) {
                    allowed.add(role);
                }
            });
        }
        // reading rows first (one shared world), then the changing ones, each on a world of its own
        List<Row> ordered = new ArrayList<>(
                rows.stream().filter(r -> !r.route().method().equals("POST")).toList());
        ordered.addAll(
                rows.stream().filter(r -> r.route().method().equals("POST")).toList());
        String only = System.getProperty("triad.matrix.only");
        Stream<DynamicTest> tests = ordered.stream()
                .filter(row -> only == null || row.route().pattern().contains(only))
                .map(row -> DynamicTest.dynamicTest(row.name(), () -> {
                    boolean posting = row.route().method().equals("POST");
                    World w;
                    if (posting) {
                        w = new World(world, people, false);
                    } else {
                        if (shared[0] == null) {
                            shared[0] = new World(world, people, true);
                        }
                        w = shared[0];
                    }
                    Map<String, String> actual = new LinkedHashMap<>();
                    boolean changed = false;
                    // refusals first, so that an allowed change cannot make a later refusal look different; and each
                    // person the row allows to post gets a world of their own, so that one's change (a file removed,
                    // a session cancelled) is not what the next one meets
                    for (String role : List.of("anonymous", "other", "hr", "leader", "coach", "client")) {
                        if (posting && changed && row.expected().get(role).equals("OK")) {
                            w = new World(world, people, false);
                            changed = false;
                        }
                        Set<String> outcomes = new LinkedHashSet<>();
                        for (User who : people.as(role)) {
                            outcomes.add(perform(row, w, people, who, true));
                            // someone refused is refused whatever they send: not told first what is wrong with the form
                            // (a 400 for a request without its required parameters is decided before any data is read:
                            // no
                            // refusal is hidden by it); roles allowed on another row of the route (HR may close an
                            // engagement,
                            // not move it on) are not refused by the route, so what they send decides
                            if (posting
                                    && who != null
                                    && !row.params().isEmpty()
                                    && !allowedOnRoute.get(row.route()).contains(role)) {
                                String bare = perform(row, w, people, who, false);
                                if (!bare.equals("400")) {
                                    outcomes.add(bare);
                                }
                            }
                        }
                        actual.put(role, String.join("|", outcomes));
                        changed |= outcomes.contains("OK");
                    }
                    observed.add(row.route().method() + "," + row.route().pattern() + ","
                            + ROLES.stream().map(actual::get).collect(Collectors.joining(",")) + ","
                            + row.bind().entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining(";"))
                            + "," + row.params());
                    List<String> wrong = new ArrayList<>();
                    for (String role : ROLES) {
                        if (!row.expected().get(role).equals(actual.get(role))) {
                            wrong.add(role + ": expected " + row.expected().get(role) + ", got " + actual.get(role));
                        }
                    }
                    assertThat(wrong).as(row.name()).isEmpty();
                }));
        DynamicTest write = DynamicTest.dynamicTest(
                "(write what was observed to target/route-matrix-observed.csv)",
                () -> Files.write(Path.of("target", "route-matrix-observed.csv"), observed, StandardCharsets.UTF_8));
        DynamicTest aria = DynamicTest.dynamicTest(
                "(no page points aria-describedby at an id it does not have, nor has an empty <th>)",
                () -> assertThat(danglingAriaReferences)
                        .as("ARIA references to missing ids")
                        .isEmpty());
        return Stream.concat(tests, Stream.of(write, aria));
    }
}

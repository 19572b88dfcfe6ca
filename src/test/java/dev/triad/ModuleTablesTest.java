package dev.triad;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module's SQL (native queries, JPQL entity names, the entity of a repository) touches its own tables, the views
 * other modules publish for it (V36__published_reads.sql), and the few cross-module reads listed in {@link #ALLOWED}.
 * {@code ModularityTest} sees Java types only; a table read in a string is a dependency it cannot see, and the owner
 * of a table could not change it without finding every such string. A table's owner is the module of its
 * {@code @Entity} (the table and the entity name), else {@link #WITHOUT_ENTITY}; a view's owner is the module whose
 * tables it reads, and it may read no other module's.
 */
class ModuleTablesTest {

    private static final Path MAIN = Path.of("src/main/java/dev/triad");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Tables that no entity maps, and their module. */
    private static final Map<String, String> WITHOUT_ENTITY = Map.ofEntries(
            Map.entry("booked_time", "calendar"),
            Map.entry("coach_availability", "booking"),
            Map.entry("availability_hours", "booking"),
            Map.entry("availability_exception", "booking"),
            Map.entry("notification_opt_out", "notification"),
            Map.entry("sign_in_failure", "account"),
            // passkeys, read and written by Spring Security's JDBC repositories (account.PasskeySignIn)
            Map.entry("user_entities", "account"),
            Map.entry("user_credentials", "account"),
            Map.entry("shedlock", "system"),
            Map.entry("spring_session", "system"),
            Map.entry("spring_session_attributes", "system"));

    /** "Every module's", for {@link #ALLOWED}. */
    private static final String ANY = "*";

    /** The cross-module reads and writes that stay, each with its reason: keep this short. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // JPQL joins to the engagement to filter by its phase and people: the engagement is every module's hub
            "alignment",
                    Set.of(
                            "Engagement",
                            // the client's data download keeps its documented files: alignment.json opens with the
                            // intake
                            // interview, which moved to the engagement module (regrouping the download is issue 25's)
                            "intake_interview"),
            "evaluation",
                    Set.of(
                            "Engagement",
                            // likewise evaluation.json: requests for another coach and impact measures, now
                            // engagement's and impact's
                            "coach_change_request",
                            "impact_measure"),
            "impact", Set.of("Engagement"),
            "goal", Set.of("Engagement"),
            "reflection", Set.of("Engagement"),
            "session",
                    Set.of(
                            "Engagement",
                            // the client's data export lists each session's commitments (action steps) by their words
                            "action_step"),
            // the retention page: engagements and their moves to closed, to erase their content
            "privacy", Set.of("engagement", "phase_change"),
            // the demo writes its sample organisation straight into every module's tables
            "demo", Set.of(ANY));

    private static final Pattern ENTITY =
            Pattern.compile("^@Entity\\b[\\s\\S]*?\\b(?:class|record)\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern TABLE = Pattern.compile("@Table\\(\\s*name\\s*=\\s*\"(\\w+)\"");
    private static final Pattern OTHER_TABLE =
            Pattern.compile("@(?:JoinTable|CollectionTable)\\(\\s*name\\s*=\\s*\"(\\w+)\"");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_VIEW = Pattern.compile(
            "create\\s+(?:or\\s+replace\\s+)?view\\s+(\\w+)\\s+as\\s+(.*?);",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern REPOSITORY = Pattern.compile(
            "extends\\s+(?:JpaRepository|Repository|CrudRepository|ListCrudRepository|PagingAndSortingRepository)<(\\w+)");
    private static final Pattern STRING =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern STATEMENT =
            Pattern.compile("^\\s*(?:select|update|delete|insert|with)\\b", Pattern.CASE_INSENSITIVE);
    /** A name after from, join, update, into or a comma, that is not a path ({@code e.client}) nor a call. */
    static final Pattern NAMED = Pattern.compile(
            "(?:\\bfrom|\\bjoin|\\bupdate|\\binto|,)\\s+([A-Za-z_]\\w*)\\b(?!\\s*[.(])", Pattern.CASE_INSENSITIVE);

    record Use(String module, String name, String owner, String file) {}

    @Test
    void eachModulesSqlTouchesItsOwnTablesThePublishedViewsAndTheListedReadsOnly() throws IOException {
        Map<String, String> owners = owners();
        Map<String, String> views = views(owners);
        List<String> violations = new ArrayList<>();
        for (Use use : uses(owners, views)) {
            boolean allowed = use.owner().equals(use.module())
                    || views.containsKey(use.name())
                    || ALLOWED.getOrDefault(use.module(), Set.of()).contains(use.name())
                    || ALLOWED.getOrDefault(use.module(), Set.of()).contains(ANY);
            if (!allowed) {
                violations.add(use.module() + " touches " + use.owner() + "'s " + use.name() + " in " + use.file());
            }
        }
        assertThat(violations)
                .as("SQL over another module's tables: read a view or a query method the owner publishes")
                .isEmpty();
    }

    @Test
    void everyListedReadIsStillMade() throws IOException {
        Map<String, String> owners = owners();
        Set<String> made = new TreeSet<>();
        for (Use use : uses(owners, views(owners))) {
            made.add(use.module() + ":" + use.name());
        }
        for (Map.Entry<String, Set<String>> entry : ALLOWED.entrySet()) {
            for (String name : entry.getValue()) {
                if (!name.equals(ANY)) {
                    assertThat(made)
                            .as("an allowed read no longer made: drop it from ALLOWED")
                            .contains(entry.getKey() + ":" + name);
                }
            }
        }
    }

    @Test
    void everyTableHasAnOwnerAndEveryViewReadsOneModulesTables() throws IOException {
        Map<String, String> owners = owners();
        Set<String> tables = new TreeSet<>();
        for (String sql : migrations()) {
            Matcher created = CREATE_TABLE.matcher(sql);
            while (created.find()) {
                tables.add(created.group(1).toLowerCase(Locale.ROOT));
            }
        }
        assertThat(tables)
                .allSatisfy(
                        table -> assertThat(owners).as("the owner of " + table).containsKey(table));
        Map<String, String> views = views(owners);
        assertThat(views).containsEntry("engagement_fact", "engagement").containsEntry("person_name", "account");
    }

    @Test
    void theScanFindsTablesAndEntitiesButNotPathsOrCalls() {
        assertThat(names("select e.id, count(*) from engagement e join app_user u on u.id = e.coach_id"))
                .containsExactly("engagement", "app_user");
        assertThat(
                        names(
                                "select c from PartnershipCheckIn c, Engagement e join e.client cl where e.id = c.engagementId"))
                .containsExactly("PartnershipCheckIn", "Engagement");
        assertThat(names("select a, coalesce(b, 0), x.y from goal g")).containsExactly("goal");
    }

    private static List<String> names(String sql) {
        List<String> names = new ArrayList<>();
        Matcher named = NAMED.matcher(sql);
        while (named.find()) {
            names.add(named.group(1));
        }
        return names;
    }

    /** Table and entity names → module. */
    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>(WITHOUT_ENTITY);
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher entity = ENTITY.matcher(source);
            if (!entity.find()) {
                continue;
            }
            String module = module(file);
            String name = entity.group(1);
            Matcher table = TABLE.matcher(source);
            owners.put(name, module);
            owners.put(
                    table.find()
                            ? table.group(1)
                            : name.replaceAll("(?<!^)([A-Z])", "_$1").toLowerCase(Locale.ROOT),
                    module);
            Matcher other = OTHER_TABLE.matcher(source);
            while (other.find()) {
                owners.put(other.group(1), module);
            }
        }
        return owners;
    }

    /** View → the one module whose tables it reads. */
    private static Map<String, String> views(Map<String, String> owners) throws IOException {
        Map<String, String> views = new HashMap<>();
        for (String sql : migrations()) {
            Matcher view = CREATE_VIEW.matcher(sql);
            while (view.find()) {
                Set<String> modules = new TreeSet<>();
                for (String name : names(view.group(2))) {
                    if (owners.containsKey(name.toLowerCase(Locale.ROOT))) {
                        modules.add(owners.get(name.toLowerCase(Locale.ROOT)));
                    }
                }
                assertThat(modules)
                        .as("the modules whose tables view " + view.group(1) + " reads")
                        .hasSize(1);
                views.put(
                        view.group(1).toLowerCase(Locale.ROOT),
                        modules.iterator().next());
            }
        }
        return views;
    }

    private static List<Use> uses(Map<String, String> owners, Map<String, String> views) throws IOException {
        List<Use> uses = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = module(file);
            String source = Files.readString(file);
            Matcher repository = REPOSITORY.matcher(source);
            while (repository.find()) {
                String owner = owners.get(repository.group(1));
                if (owner != null) {
                    uses.add(new Use(module, repository.group(1), owner, file.getFileName() + " (repository)"));
                }
            }
            // "select … " + "from …": one statement
            Matcher string = STRING.matcher(source.replaceAll("\"\\s*\\+\\s*\"", ""));
            while (string.find()) {
                String text = string.group(1) != null ? string.group(1) : string.group(2);
                if (!STATEMENT.matcher(text).find()) {
                    continue;
                }
                for (String name : names(text)) {
                    String owner = views.containsKey(name) ? views.get(name) : owners.get(name);
                    if (owner != null) {
                        uses.add(new Use(module, name, owner, file.getFileName().toString()));
                    }
                }
            }
        }
        return uses;
    }

    private static String module(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> migrations() throws IOException {
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            List<String> sql = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                sql.add(Files.readString(file));
            }
            return sql;
        }
    }
}

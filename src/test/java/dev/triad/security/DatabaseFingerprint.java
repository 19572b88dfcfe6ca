package dev.triad.security;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every row of every table (but the HTTP sessions' and the schema's), as one md5 per table, to tell that nothing changed. */
final class DatabaseFingerprint {

    /** Tables that change without anyone changing content: the HTTP sessions Spring Session keeps. */
    static final Set<String> UNWATCHED =
            Set.of("spring_session", "spring_session_attributes", "flyway_schema_history", "shedlock");

    private DatabaseFingerprint() {}

    static List<String> tables(JdbcTemplate jdbc) {
        return jdbc
                .queryForList(
                        "select table_name from information_schema.tables where table_schema = current_schema() "
                                + "and table_type = 'BASE TABLE' order by table_name",
                        String.class)
                .stream()
                .filter(t -> !UNWATCHED.contains(t))
                .toList();
    }

    /** One md5 per table over every row's text, in one statement. */
    static String of(JdbcTemplate jdbc) {
        StringBuilder sql = new StringBuilder();
        for (String table : tables(jdbc)) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("select '")
                    .append(table)
                    .append("' || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from ")
                    .append(table)
                    .append(" t");
        }
        // sorted here: "union all" promises no order, and on a large database PostgreSQL may append in parallel
        return String.join(
                "\n",
                jdbc.queryForList(sql.toString(), String.class).stream()
                        .sorted()
                        .toList());
    }

    static List<String> changedTables(String before, String after) {
        List<String> was = List.of(before.split("\n"));
        List<String> now = List.of(after.split("\n"));
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.min(was.size(), now.size()); i++) {
            if (!was.get(i).equals(now.get(i))) {
                changed.add(was.get(i).substring(0, was.get(i).indexOf(':')));
            }
        }
        return changed;
    }
}

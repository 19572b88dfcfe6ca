package dev.triad.engagement;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for a {@link ClientExport}'s JSON files, read with plain SQL: one map per row, keys in camelCase in the order of
 * the select list ({@code success_measure} becomes {@code successMeasure}), times as ISO-8601 instants and dates as
 * ISO dates, so that the file reads the same whatever the JSON library's settings.
 */
public final class PersonalRows {

    private PersonalRows() {}

    /** The rows; none, without asking the database, when a parameter is an empty collection (no engagements). */
    public static List<Map<String, Object>> of(NamedParameterJdbcTemplate jdbc, String sql, Map<String, ?> parameters) {
        if (parameters.values().stream().anyMatch(v -> v instanceof Collection<?> c && c.isEmpty())) {
            return List.of();
        }
        return jdbc.query(sql, parameters, (rs, n) -> row(rs));
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(camel(meta.getColumnLabel(i)), value(rs.getObject(i)));
        }
        return row;
    }

    private static Object value(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        return value;
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}

package dev.triad.generator;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows buffered per table and written with PostgreSQL COPY (text format) in chunks. Tables are flushed in the
 * order they were declared, parents before children, so that every chunk's foreign keys point at rows already
 * written in the same transaction.
 */
final class CopyTables {

    private static final int FLUSH_AT_CHARS = 8 * 1024 * 1024;

    private final CopyManager copy;
    private final List<Table> tables = new ArrayList<>();
    private long buffered;

    CopyTables(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    Table table(String name, String... columns) {
        Table table = new Table(name, columns);
        tables.add(table);
        return table;
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : tables) {
            counts.merge(table.name, table.rows, Long::sum);
        }
        return counts;
    }

    /** Writes what is buffered once there is enough of it; called between units whose rows refer to each other. */
    void maybeFlush() {
        if (buffered > FLUSH_AT_CHARS) {
            flush();
        }
    }

    void flush() {
        for (Table table : tables) {
            table.write();
        }
        buffered = 0;
    }

    final class Table {
        private final String name;
        private final String sql;
        private final int columns;
        private StringBuilder buffer = new StringBuilder(1 << 16);
        long rows;

        private Table(String name, String... columns) {
            this.name = name;
            this.columns = columns.length;
            this.sql = "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN";
        }

        /** One row: values in column order; null, String, Number, Boolean, Instant, LocalDate. */
        void row(Object... values) {
            if (values.length != columns) {
                throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns + " columns");
            }
            int before = this.buffer.length();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    this.buffer.append('\t');
                }
                append(values[i]);
            }
            this.buffer.append('\n');
            rows++;
            buffered += this.buffer.length() - before;
        }

        private void append(Object value) {
            if (value == null) {
                buffer.append("\\N");
            } else if (value instanceof Boolean b) {
                buffer.append(b ? 't' : 'f');
            } else if (value instanceof BigDecimal d) {
                buffer.append(d.toPlainString());
            } else if (value instanceof Number || value instanceof Instant || value instanceof LocalDate) {
                buffer.append(value);
            } else {
                String text = value.toString();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    switch (c) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(c);
                    }
                }
            }
        }

        private void write() {
            if (buffer.isEmpty()) {
                return;
            }
            try {
                copy.copyIn(sql, new StringReader(buffer.toString()));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("COPY into " + name + " failed: " + e.getMessage(), e);
            }
            buffer = new StringBuilder(1 << 16);
        }
    }
}

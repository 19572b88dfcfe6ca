package dev.triad.account;

import dev.triad.system.RuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A CSV file of people as HR saves it from a spreadsheet or exports it from an HR system: UTF-8 (a byte order mark is
 * fine), a header row naming the columns ({@link Column}), one person a row. Reading it refuses, with a
 * {@link RuleViolation} on the field {@code file}, what is not such a file: another encoding or a mix of encodings,
 * binary content, no header or a header with unknown, repeated or missing columns, broken quotes, no people, more than
 * {@link #MAX_ROWS}. What a row says is checked later, row by row ({@link PeopleImport}), so that every problem of a
 * file shows at once, each next to its row.
 */
public final class PeopleFile {

    /** More people than this in one file are refused: split the file. */
    public static final int MAX_ROWS = 10_000;

    /** The largest file read, as the servlet's multipart limit ({@code spring.servlet.multipart.max-file-size}). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The columns a file may have, in the template's order; a file names them in its header, in any order. */
    public enum Column {
        NAME("name", true),
        EMAIL("email", true),
        TITLE("title", false),
        ROLES("roles", true),
        TIME_ZONE("time_zone", false),
        SPECIALITIES("specialities", false),
        LANGUAGES("languages", false),
        CAPACITY("capacity", false),
        LEADER_EMAIL("leader_email", false);

        private final String header;
        private final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        /** The name in the header, as the template writes it. */
        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }

        /** "name, email, title, …": every column, for messages. */
        static String all() {
            return Arrays.stream(values()).map(Column::header).collect(Collectors.joining(", "));
        }

        /** A header cell as people write it: any case, spaces or hyphens for underscores, a few other names. */
        static Column of(String cell) {
            String name = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            return switch (name) {
                case "name", "full_name" -> NAME;
                case "email", "email_address" -> EMAIL;
                case "title", "job_title" -> TITLE;
                case "roles", "role" -> ROLES;
                case "time_zone", "timezone", "zone" -> TIME_ZONE;
                case "specialities", "specialties" -> SPECIALITIES;
                case "languages" -> LANGUAGES;
                case "capacity" -> CAPACITY;
                case "leader_email", "leader" -> LEADER_EMAIL;
                default -> null;
            };
        }
    }

    /**
     * One person's row: its number as a spreadsheet shows it (the header is row 1), its cells by column, stripped of
     * surrounding white space (an absent column reads as empty), and how many cells it had.
     */
    public record Row(int number, Map<Column, String> cells, int cellCount) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The cell of this column, stripped; empty when the file has no such column or the cell is empty. */
        public String get(Column column) {
            return cells.getOrDefault(column, "");
        }
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String text;
    private final List<Column> columns;
    private final List<Row> rows;

    private PeopleFile(String text, List<Column> columns, List<Row> rows) {
        this.text = text;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads an uploaded file's bytes, which must be UTF-8 throughout.
     *
     * @throws RuleViolation (field {@code file}) for a file that is no CSV of people
     */
    public static PeopleFile read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolation("file", "people.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolation("file", "people.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new RuleViolation("file", "people.import.utf16");
        }
        return parse(decode(bytes));
    }

    /**
     * Reads pasted text (the browser sent it as UTF-8 already).
     *
     * @throws RuleViolation (field {@code file}) for text that is no CSV of people
     */
    public static PeopleFile parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("\uFEFF")) {
            throw new RuleViolation("file", "people.import.empty");
        }
        if (text.length() > MAX_BYTES) {
            throw new RuleViolation("file", "people.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int nul = body.indexOf('\0');
        if (nul >= 0) {
            throw new RuleViolation("file", "people.import.binary", lineAt(body, nul));
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        List<Column> columns;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new RuleViolation("file", "people.import.empty");
            }
            columns = header(records.next());
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new RuleViolation("file", "people.import.tooManyRows", MAX_ROWS);
                }
                Map<Column, String> cells = new EnumMap<>(Column.class);
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    cells.put(columns.get(i), record.get(i).strip());
                }
                rows.add(new Row((int) parser.getRecordNumber(), cells, record.size()));
            }
        } catch (UncheckedIOException | IOException e) {
            // commons-csv's words for a quote that does not close, or text after a closing quote
            throw new RuleViolation("file", "people.import.brokenQuotes", brokenLine(e));
        } catch (IllegalStateException e) {
            throw new RuleViolation("file", "people.import.brokenQuotes", brokenLine(e));
        }
        if (rows.isEmpty()) {
            throw new RuleViolation("file", "people.import.noRows");
        }
        return new PeopleFile(body, columns, rows);
    }

    private static List<Column> header(CSVRecord header) {
        List<Column> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String cell : header) {
            Column column = Column.of(cell);
            if (column == null) {
                unknown.add(shortened(cell.strip()));
            } else if (columns.contains(column)) {
                repeated.add(column.header());
            }
            columns.add(column);
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolation("file", "people.import.unknownColumns", String.join(", ", unknown), Column.all());
        }
        if (!repeated.isEmpty()) {
            throw new RuleViolation("file", "people.import.repeatedColumns", String.join(", ", repeated));
        }
        String missing = Arrays.stream(Column.values())
                .filter(c -> c.required() && !columns.contains(c))
                .map(Column::header)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new RuleViolation("file", "people.import.missingColumns", missing);
        }
        return columns;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8: a byte that is not part of a UTF-8 character refuses the file, with the line it is on. */
    private static String decode(byte[] bytes) {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = start; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new RuleViolation("file", "people.import.notUtf8", line);
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The line commons-csv names in its message ("… at line: 3, position: 12", "(startline 3)"), else "?". */
    private static String brokenLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?:line:?|startline)\\s*(\\d+)")
                .matcher(message);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static String shortened(String cell) {
        String oneLine = cell.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }

    /** The file as text (UTF-8 decoded, without a byte order mark): what is kept between preview and import. */
    public String text() {
        return text;
    }

    /** The columns of the header, in the file's order. */
    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }
}

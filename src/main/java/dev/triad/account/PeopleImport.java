package dev.triad.account;

import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.PeopleFile.Column;
import dev.triad.account.PeopleFile.Row;
import dev.triad.system.ForbiddenException;
import dev.triad.system.Zones;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HR's bulk import of people from a CSV file ({@link PeopleFile}): a preview with every row's problems next to the
 * row, then all or nothing. Each row is held to the rules of HR's one-person form ({@link PersonRow}) and created as
 * that form creates someone without a one-time password ({@link Accounts#createInvited}): coach profile, audit entry
 * and an invitation, which the outbox mails only after the import has committed. The checks against the database are
 * made for the whole file at once (one statement for the emails taken, one for the leaders), never row by row.
 *
 * <p>A client's leader has no place on the person in Triad: it is recorded on each engagement. The file's
 * {@code leader_email} is therefore checked (a leader in the file or in Triad, not the client themself) so that the
 * file is right for the engagements HR creates next, but it is not stored.
 */
@Service
public class PeopleImport {

    /** How long a previewed file waits for its "Import". */
    public static final Duration KEPT_FOR = Duration.ofHours(1);

    /** 32 bytes in URL-safe Base64 are 43 characters; anything else cannot be a draft's token. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[;,|]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,]\\s*");
    private static final Map<String, Column> PROPERTY_COLUMNS = Map.of(
            "fullName", Column.NAME,
            "email", Column.EMAIL,
            "title", Column.TITLE,
            "specialities", Column.SPECIALITIES,
            "languages", Column.LANGUAGES,
            "capacity", Column.CAPACITY);

    /** What is wrong with a row: in one of its cells, or (column null) in the row as a whole. */
    public record Problem(Column column, String message) {}

    /**
     * A row with its problems, and the person it describes when it has none; {@code columns} are the file's (a problem
     * of a column the file does not have, such as a coach's missing capacity, belongs to the row as a whole).
     */
    public record CheckedRow(Row row, List<Problem> problems, PersonDetails details, Set<Column> columns) {

        public CheckedRow {
            problems = List.copyOf(problems);
            columns = columns.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(columns);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The problems of one cell, for the page to show beside it. */
        public List<String> problemsIn(Column column) {
            return problems.stream()
                    .filter(p -> p.column() == column)
                    .map(Problem::message)
                    .toList();
        }

        /** The problems of the row as a whole (its number of cells), and of columns the file does not have. */
        public List<String> rowProblems() {
            return problems.stream()
                    .filter(p -> p.column() == null || !columns.contains(p.column()))
                    .map(p -> p.column() == null ? p.message() : p.column().header() + ": " + p.message())
                    .toList();
        }
    }

    /** Every row of a file, checked. */
    public record Preview(List<Column> columns, List<CheckedRow> rows) {

        public Preview {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public long okCount() {
            return rows.stream().filter(CheckedRow::ok).count();
        }

        public long problemCount() {
            return rows.size() - okCount();
        }

        /** Whether the file can be imported: every row without a problem. */
        public boolean importable() {
            return problemCount() == 0;
        }

        /** At most this many rows without problems are shown (a file of thousands is not read in a browser). */
        public static final int SHOWN_OK = 200;

        /** At most this many rows with problems are shown. */
        public static final int SHOWN_PROBLEMS = 1_000;

        /** The rows the page shows, in the file's order: the first {@link #SHOWN_PROBLEMS} with problems and the
         * first {@link #SHOWN_OK} without. */
        public List<CheckedRow> shownRows() {
            List<CheckedRow> shown = new ArrayList<>();
            int ok = 0;
            int problems = 0;
            for (CheckedRow row : rows) {
                if (row.ok() ? ok++ < SHOWN_OK : problems++ < SHOWN_PROBLEMS) {
                    shown.add(row);
                }
            }
            return shown;
        }

        /** How many rows the page does not show. */
        public long hiddenCount() {
            return Math.max(0, okCount() - SHOWN_OK) + Math.max(0, problemCount() - SHOWN_PROBLEMS);
        }

        /** The rows with problems, first ones first, for the summary above the table. */
        public List<CheckedRow> rowsWithProblems() {
            return rows.stream().filter(r -> !r.ok()).toList();
        }
    }

    /** A preview and, when it has no problems, the token its "Import" button sends (null otherwise). */
    public record Kept(Preview preview, String token) {}

    /** Someone an import created, as its summary lists them. */
    public record ImportedPerson(Long id, String fullName, String email, String roles) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What "Import" did. */
    public sealed interface Outcome permits Imported, Refused, Gone {}

    /** Everyone was created, and invited. */
    public record Imported(List<ImportedPerson> people) implements Outcome {}

    /** Nobody was created: checked again, the file now has problems (the database changed since the preview). */
    public record Refused(Preview preview) implements Outcome {}

    /** Nobody was created: no such preview of this HR administrator (expired, imported already, or never made). */
    public record Gone() implements Outcome {}

    private final Users users;
    private final Accounts accounts;
    private final PeopleImportDrafts drafts;
    private final Validator validator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PeopleImport(Users users, Accounts accounts, PeopleImportDrafts drafts, Validator validator, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.drafts = drafts;
        this.validator = validator;
        this.clock = clock;
    }

    /** Checks every row of the file: its cells by the form's rules, then the emails against each other and Triad. */
    @Transactional(readOnly = true)
    public Preview check(PeopleFile file) {
        List<Row> rows = file.rows();
        List<List<Problem>> problems = new ArrayList<>(rows.size());
        List<Draft> drafted = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Problem> found = new ArrayList<>();
            drafted.add(read(row, file.columns().size(), found));
            problems.add(found);
        }

        // emails against each other: every row of a repeated email is marked, naming the others
        Map<String, List<Integer>> indexesByEmail = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String email = drafted.get(i).email;
            if (email != null) {
                indexesByEmail.computeIfAbsent(email, e -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String email = drafted.get(i).email;
            List<Integer> same = email == null ? List.of() : indexesByEmail.get(email);
            if (same.size() > 1) {
                int self = i;
                String others = same.stream()
                        .filter(n -> n != self)
                        .map(n -> String.valueOf(rows.get(n).number()))
                        .collect(Collectors.joining(", "));
                problems.get(i)
                        .add(new Problem(
                                Column.EMAIL,
                                "The same email is on " + (same.size() > 2 ? "rows " : "row ") + others + " too"));
            }
        }

        // emails against Triad: one statement for the people's emails and the leaders', one for who leads
        Set<String> asked = new LinkedHashSet<>(indexesByEmail.keySet());
        drafted.stream().map(d -> d.leaderEmail).filter(e -> e != null).forEach(asked::add);
        String[] emails = asked.toArray(String[]::new);
        Set<String> taken = emails.length == 0 ? Set.of() : new HashSet<>(users.takenEmails(emails));
        Set<String> leaders =
                emails.length == 0 ? Set.of() : new HashSet<>(users.emailsWithRole(emails, Role.LEADER.name()));
        for (int i = 0; i < rows.size(); i++) {
            Draft draft = drafted.get(i);
            if (draft.email != null && taken.contains(draft.email)) {
                problems.get(i).add(new Problem(Column.EMAIL, "Someone in Triad already has this email"));
            }
            if (draft.leaderEmail != null) {
                String message = leaderProblem(draft, indexesByEmail, drafted, rows, taken, leaders);
                if (message != null) {
                    problems.get(i).add(new Problem(Column.LEADER_EMAIL, message));
                }
            }
        }

        Set<Column> columns = EnumSet.noneOf(Column.class);
        columns.addAll(file.columns());
        List<CheckedRow> checked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Problem> found = problems.get(i);
            checked.add(new CheckedRow(rows.get(i), found, found.isEmpty() ? drafted.get(i).details : null, columns));
        }
        return new Preview(file.columns(), checked);
    }

    /** What is wrong with a client's leader email, or null when it names a leader in the file or in Triad. */
    private static String leaderProblem(
            Draft draft,
            Map<String, List<Integer>> indexesByEmail,
            List<Draft> drafted,
            List<Row> rows,
            Set<String> taken,
            Set<String> leaders) {
        if (draft.leaderEmail.equals(draft.email)) {
            return "A client cannot be their own leader";
        }
        List<Integer> inFile = indexesByEmail.get(draft.leaderEmail);
        if (inFile != null) {
            int index = inFile.get(0);
            return drafted.get(index).roles.contains(Role.LEADER)
                    ? null
                    : "Row " + rows.get(index).number() + " has this email but not the role LEADER";
        }
        if (leaders.contains(draft.leaderEmail)) {
            return null;
        }
        return taken.contains(draft.leaderEmail)
                ? "Someone in Triad has this email, but not the role Leader"
                : "No one in this file or in Triad has this email";
    }

    /**
     * Checks the file and, when it has no problems, keeps it for {@link #KEPT_FOR} under a new token for {@code me}
     * alone; expired drafts go at the same time.
     */
    @Transactional
    public Kept keep(PeopleFile file, CurrentUser me) {
        requireHr(me);
        Preview preview = check(file);
        if (!preview.importable()) {
            return new Kept(preview, null);
        }
        Instant now = clock.instant();
        drafts.deleteExpired(now);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        drafts.save(new PeopleImportDraft(
                AccountToken.hash(token), me.id(), file.text(), file.rows().size(), now, now.plus(KEPT_FOR)));
        return new Kept(preview, token);
    }

    /** The file kept under {@code token} for {@code me}, to show its preview again; empty when there is none. */
    @Transactional(readOnly = true)
    public java.util.Optional<PeopleFile> kept(String token, CurrentUser me) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return java.util.Optional.empty();
        }
        Instant now = clock.instant();
        return drafts.findByTokenHashAndHrUserId(AccountToken.hash(token), me.id())
                .filter(d -> !d.expired(now))
                .map(d -> PeopleFile.parse(d.getCsv()));
    }

    /**
     * Imports the file kept under {@code token} for {@code me}, all or nothing: every row is checked again first (the
     * database may have changed since the preview), and only a file without problems creates anyone. The draft is
     * used up with the import.
     *
     * @throws Accounts.EmailTakenException when an email was taken while the import ran; nothing is created then
     */
    @Transactional
    public Outcome importKept(String token, CurrentUser me) {
        requireHr(me);
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return new Gone();
        }
        Instant now = clock.instant();
        PeopleImportDraft draft = drafts.lockByTokenHashAndHrUserId(AccountToken.hash(token), me.id())
                .filter(d -> !d.expired(now))
                .orElse(null);
        if (draft == null) {
            return new Gone();
        }
        Preview preview = check(PeopleFile.parse(draft.getCsv()));
        if (!preview.importable()) {
            return new Refused(preview);
        }
        drafts.delete(draft);
        List<User> created = accounts.createInvited(
                preview.rows().stream().map(CheckedRow::details).toList());
        return new Imported(created.stream()
                .map(u -> new ImportedPerson(u.getId(), u.getFullName(), u.getEmail(), Role.labels(u.getRoles())))
                .toList());
    }

    private static void requireHr(CurrentUser me) {
        if (me == null || !me.isHr()) {
            throw new ForbiddenException("Only HR administrators import people");
        }
    }

    /** A row read into a person, its problems added to {@code problems}. */
    private static final class Draft {
        String email;
        String leaderEmail;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        PersonDetails details;
    }

    private Draft read(Row row, int columnCount, List<Problem> problems) {
        Draft draft = new Draft();
        if (row.cellCount() != columnCount) {
            problems.add(
                    new Problem(null, "This row has " + row.cellCount() + " cells; the header has " + columnCount));
        }
        for (Map.Entry<Column, String> cell : row.cells().entrySet()) {
            String value = cell.getValue();
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                problems.add(
                        new Problem(
                                cell.getKey(),
                                "Starts with “" + value.charAt(0)
                                        + "”: no cell may start with =, +, - or @, which a spreadsheet would run as a formula"));
            }
        }
        Set<Column> formulas = problems.stream()
                .map(Problem::column)
                .filter(c -> c != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Column.class)));

        draft.roles = roles(row.get(Column.ROLES), problems, formulas.contains(Column.ROLES));
        boolean coach = draft.roles.contains(Role.COACH);

        ZoneId zone = null;
        String zoneId = row.get(Column.TIME_ZONE);
        if (!zoneId.isEmpty() && !formulas.contains(Column.TIME_ZONE)) {
            zone = Zones.parse(zoneId).orElse(null);
            if (zone == null) {
                problems.add(new Problem(
                        Column.TIME_ZONE,
                        "“" + shortened(zoneId) + "” is no time zone: use a Region/City id such as Europe/London,"
                                + " or leave it empty for the organisation’s default"));
            }
        }

        Integer capacity = null;
        String capacityText = row.get(Column.CAPACITY);
        boolean capacityUnreadable = false;
        if (!capacityText.isEmpty() && !formulas.contains(Column.CAPACITY)) {
            try {
                capacity = Integer.valueOf(capacityText);
            } catch (NumberFormatException e) {
                capacityUnreadable = true;
                problems.add(new Problem(Column.CAPACITY, "Enter a whole number, such as 5"));
            }
        }

        String specialities = list(row.get(Column.SPECIALITIES));
        String languages = list(row.get(Column.LANGUAGES));
        if (coach) {
            if (capacity == null && !capacityUnreadable && !formulas.contains(Column.CAPACITY)) {
                problems.add(new Problem(Column.CAPACITY, "Say how many active engagements this coach can take"));
            }
        } else {
            onlyForCoaches(Column.SPECIALITIES, specialities, problems);
            onlyForCoaches(Column.LANGUAGES, languages, problems);
            onlyForCoaches(Column.CAPACITY, capacityText, problems);
        }

        String email = row.get(Column.EMAIL);
        PersonRow person = new PersonRow(
                row.get(Column.NAME),
                email,
                emptyToNull(row.get(Column.TITLE)),
                coach ? specialities : null,
                coach ? languages : null,
                coach ? capacity : null);
        for (ConstraintViolation<PersonRow> violation : validator.validate(person)) {
            Column column = PROPERTY_COLUMNS.get(violation.getPropertyPath().toString());
            if (!formulas.contains(column)) {
                problems.add(new Problem(column, violation.getMessage()));
            }
        }
        boolean emailValid = problems.stream().noneMatch(p -> p.column() == Column.EMAIL);
        draft.email = emailValid ? User.normaliseEmail(email) : null;

        String leaderEmail = row.get(Column.LEADER_EMAIL);
        if (!leaderEmail.isEmpty() && !formulas.contains(Column.LEADER_EMAIL)) {
            if (!draft.roles.contains(Role.CLIENT)) {
                problems.add(new Problem(
                        Column.LEADER_EMAIL, "Only a client has a leader: leave it empty or add the role CLIENT"));
            } else {
                List<String> invalid = validator.validateValue(PersonRow.class, "email", leaderEmail).stream()
                        .map(ConstraintViolation::getMessage)
                        .toList();
                invalid.forEach(message -> problems.add(new Problem(Column.LEADER_EMAIL, message)));
                if (invalid.isEmpty()) {
                    draft.leaderEmail = User.normaliseEmail(leaderEmail);
                }
            }
        }

        if (problems.isEmpty()) {
            draft.details = new PersonDetails(
                    person.getFullName(),
                    draft.email,
                    person.getTitle(),
                    draft.roles,
                    specialities,
                    languages,
                    capacity,
                    zone);
        }
        return draft;
    }

    private static Set<Role> roles(String cell, List<Problem> problems, boolean formula) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (formula) {
            return roles;
        }
        List<String> unknown = new ArrayList<>();
        for (String part : ROLE_SEPARATOR.split(cell)) {
            String name = part.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (name.isEmpty()) {
                continue;
            }
            Arrays.stream(Role.values())
                    .filter(r -> r.name().equals(name))
                    .findFirst()
                    .ifPresentOrElse(roles::add, () -> unknown.add(shortened(part.strip())));
        }
        if (!unknown.isEmpty()) {
            problems.add(new Problem(
                    Column.ROLES,
                    (unknown.size() == 1 ? "Unknown role “" : "Unknown roles “") + String.join("”, “", unknown)
                            + "”: use CLIENT, COACH, LEADER or HR_ADMIN, separated by ;"));
        } else if (roles.isEmpty()) {
            problems.add(new Problem(Column.ROLES, "Choose at least one role"));
        }
        return roles;
    }

    private static void onlyForCoaches(Column column, String value, List<Problem> problems) {
        if (value != null && !value.isEmpty()) {
            problems.add(new Problem(column, "Only coaches have " + column.header() + ": leave it empty or add COACH"));
        }
    }

    /** "Leadership; Strategy" or "Leadership, Strategy" as the roster keeps it: "Leadership, Strategy". */
    private static String list(String cell) {
        return Arrays.stream(LIST_SEPARATOR.split(cell.strip()))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** What a message repeats of a cell: enough to recognise it, not a page of pasted text. */
    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}

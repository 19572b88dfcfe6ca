package dev.triad.programme;

import dev.triad.system.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HR opens several engagements of one programme at once: one line per client, "client email, leader email",
 * optionally followed by the coaching's focus. Every engagement takes the programme's defaults (type,
 * timing, hours). All or nothing: when any line is wrong nothing is created, and each wrong line says why.
 */
@Service
public class Cohorts {

    /** Most lines one cohort takes; a bigger group is entered in parts. */
    public static final int MAX_LINES = 100;

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;\\t]\\s*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final CohortEngagements engagements;
    private final Programmes programmes;
    private final MessageSource messages;

    Cohorts(CohortEngagements engagements, Programmes programmes, MessageSource messages) {
        this.engagements = engagements;
        this.programmes = programmes;
        this.messages = messages;
    }

    /** One wrong line of the list: its number as HR typed it, its text and what is wrong with it. */
    public record LineProblem(int line, String text, String message) {
        @Override
        public String toString() {
            return "Line " + line + " (" + text + "): " + message;
        }
    }

    /** The cohort was refused as a whole; nothing was created. */
    public static class CohortRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final List<LineProblem> problems;

        CohortRefused(List<LineProblem> problems) {
            super(problems.size() + " line(s) need correcting; no engagement was created");
            this.problems = List.copyOf(problems);
        }

        public List<LineProblem> problems() {
            return problems;
        }
    }

    /** One client of the cohort, as parsed from a line. */
    record Member(int line, String text, String clientEmail, String leaderEmail, String focus) {}

    /**
     * Creates one engagement in intake for each line, with the programme's defaults, and gives their ids.
     *
     * @throws RuleViolation  when the list as a whole is unusable (empty, too long)
     * @throws CohortRefused  with every wrong line, when any line is wrong; nothing is created then
     */
    @Transactional
    public List<Long> create(Long programmeId, String lines, LocalDate startsOn, LocalDate plannedEndOn) {
        Programme programme = programmes
                .findById(programmeId)
                .orElseThrow(() -> new RuleViolation("lines", "engagement.cohort.programme.missing"));
        List<LineProblem> problems = new ArrayList<>();
        List<Member> members = parse(lines, problems);
        if (members.isEmpty() && problems.isEmpty()) {
            throw new RuleViolation("lines", "engagement.cohort.lines.missing");
        }
        if (members.size() + problems.size() > MAX_LINES) {
            throw new RuleViolation("lines", "engagement.cohort.lines.tooMany", MAX_LINES);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> alreadyIn = clientsAlreadyIn(programmeId, members);
        List<Long> created = new ArrayList<>();
        for (Member member : members) {
            Integer earlier = seen.putIfAbsent(member.clientEmail(), member.line());
            if (earlier != null) {
                problems.add(
                        new LineProblem(member.line(), member.text(), "this client is already on line " + earlier));
                continue;
            }
            if (alreadyIn.contains(member.clientEmail())) {
                problems.add(new LineProblem(
                        member.line(),
                        member.text(),
                        "this client already has an open engagement in " + programme.getName()));
                continue;
            }
            try {
                created.add(engagements.open(
                        member.clientEmail(),
                        member.leaderEmail(),
                        programmeId,
                        startsOn,
                        plannedEndOn,
                        member.focus()));
            } catch (RuleViolation e) {
                problems.add(new LineProblem(
                        member.line(),
                        member.text(),
                        who(e.field())
                                + messages.getMessage(
                                        e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale())));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            // Rolls back every engagement created above: a cohort is created whole or not at all.
            throw new CohortRefused(problems);
        }
        return created;
    }

    private static String who(String field) {
        return switch (field) {
            case "client" -> "client: ";
            case "leader" -> "leader: ";
            default -> "";
        };
    }

    static List<Member> parse(String lines, List<LineProblem> problems) {
        List<Member> members = new ArrayList<>();
        if (lines == null) {
            return members;
        }
        String[] rows = lines.split("\\R", -1);
        for (int i = 0; i < rows.length; i++) {
            String text = rows[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String shown = text.length() > 80 ? text.substring(0, 79) + "…" : text;
            String[] parts = SEPARATOR.split(text, 3);
            if (parts.length < 2) {
                problems.add(
                        new LineProblem(number, shown, "write the client’s email, a comma, then the leader’s email"));
                continue;
            }
            String client = parts[0].strip().toLowerCase(Locale.ROOT);
            String leader = parts[1].strip().toLowerCase(Locale.ROOT);
            String focus = parts.length > 2 ? parts[2].strip() : null;
            if (!EMAIL.matcher(client).matches() || client.length() > 254) {
                problems.add(new LineProblem(number, shown, "the client’s email is not a valid email address"));
            } else if (!EMAIL.matcher(leader).matches() || leader.length() > 254) {
                problems.add(new LineProblem(number, shown, "the leader’s email is not a valid email address"));
            } else if (focus != null
                    && (focus.length() > 500 || CONTROL.matcher(focus).find())) {
                problems.add(
                        new LineProblem(number, shown, "the focus takes at most 500 letters, digits and punctuation"));
            } else {
                members.add(new Member(number, shown, client, leader, focus == null || focus.isEmpty() ? null : focus));
            }
        }
        return members;
    }

    /** The emails among {@code members} of clients with an engagement of the programme that is not closed, in one query. */
    private List<String> clientsAlreadyIn(Long programmeId, List<Member> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        return engagements.clientsAlreadyIn(
                programmeId, members.stream().map(Member::clientEmail).toList());
    }
}

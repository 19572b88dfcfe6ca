package dev.triad.engagement;

import dev.triad.engagement.EngagementService.NewEngagement;
import dev.triad.programme.Programme;
import dev.triad.programme.ProgrammeDirectory;
import dev.triad.system.RuleViolation;
import jakarta.persistence.EntityManager;
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

    private final EngagementService engagements;
    private final ProgrammeDirectory programmes;
    private final EntityManager entityManager;

    Cohorts(EngagementService engagements, ProgrammeDirectory programmes, EntityManager entityManager) {
        this.engagements = engagements;
        this.programmes = programmes;
        this.entityManager = entityManager;
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
    record Member(int line, String text, String clientEmail, String leaderEmail, String focus) {
    }

    /**
     * Creates one engagement in intake for each line, with the programme's defaults.
     *
     * @throws RuleViolation  when the list as a whole is unusable (empty, too long)
     * @throws CohortRefused  with every wrong line, when any line is wrong; nothing is created then
     */
    @Transactional
    public List<Engagement> create(Long programmeId, String lines, LocalDate startsOn, LocalDate plannedEndOn) {
        Programme programme = programmes.findById(programmeId).orElseThrow(() -> new RuleViolation("lines", "Choose a programme"));
        List<LineProblem> problems = new ArrayList<>();
        List<Member> members = parse(lines, problems);
        if (members.isEmpty() && problems.isEmpty()) {
            throw new RuleViolation("lines", "Enter one line per client: client email, leader email");
        }
        if (members.size() + problems.size() > MAX_LINES) {
            throw new RuleViolation("lines", "Enter at most " + MAX_LINES + " clients at once");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> alreadyIn = clientsAlreadyIn(programmeId, members);
        List<Engagement> created = new ArrayList<>();
        for (Member member : members) {
            Integer earlier = seen.putIfAbsent(member.clientEmail(), member.line());
            if (earlier != null) {
                problems.add(new LineProblem(member.line(), member.text(), "this client is already on line " + earlier));
                continue;
            }
            if (alreadyIn.contains(member.clientEmail())) {
                problems.add(new LineProblem(member.line(), member.text(), "this client already has an open engagement in " + programme.getName()));
                continue;
            }
            try {
                created.add(engagements.create(new NewEngagement(member.clientEmail(), member.leaderEmail(), programmeId,
                        null, null, null, startsOn, plannedEndOn, member.focus())));
            } catch (RuleViolation e) {
                problems.add(new LineProblem(member.line(), member.text(), who(e.field()) + e.getMessage()));
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
            case "clientEmail" -> "client: ";
            case "leaderEmail" -> "leader: ";
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
                problems.add(new LineProblem(number, shown, "write the client’s email, a comma, then the leader’s email"));
                continue;
            }
            String client = parts[0].strip().toLowerCase(Locale.ROOT);
            String leader = parts[1].strip().toLowerCase(Locale.ROOT);
            String focus = parts.length > 2 ? parts[2].strip() : null;
            if (!EMAIL.matcher(client).matches() || client.length() > 254) {
                problems.add(new LineProblem(number, shown, "the client’s email is not a valid email address"));
            } else if (!EMAIL.matcher(leader).matches() || leader.length() > 254) {
                problems.add(new LineProblem(number, shown, "the leader’s email is not a valid email address"));
            } else if (focus != null && (focus.length() > 500 || CONTROL.matcher(focus).find())) {
                problems.add(new LineProblem(number, shown, "the focus takes at most 500 letters, digits and punctuation"));
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
        return entityManager.createQuery("""
                        select lower(e.client.email) from Engagement e
                        where e.programme.id = :programme and e.phase <> :closed
                          and lower(e.client.email) in :emails""", String.class)
                .setParameter("programme", programmeId)
                .setParameter("closed", Phase.CLOSED)
                .setParameter("emails", members.stream().map(Member::clientEmail).toList())
                .getResultList();
    }
}

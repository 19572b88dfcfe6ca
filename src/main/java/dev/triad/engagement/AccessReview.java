package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.system.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The access review an auditor asks for (SOC 2): every person, active or deactivated, with their roles and last
 * sign-in, and each engagement they take part in with their part in it, its programme and its phase. Facts only:
 * nothing anyone wrote. Two statements whatever the number of people: the people with their roles, and every
 * engagement's people.
 */
@Service
public class AccessReview {

    /** A person's part in an engagement, as the review names it. */
    public enum Part {
        CLIENT("Client"),
        COACH("Coach"),
        LEADER("Leader");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One person in one engagement, or a person in none ({@code engagement} null). Someone with two parts in one
     * engagement is one line with both.
     */
    public record Line(User person, EngagementPeople engagement, List<Part> parts) {

        public String partLabels() {
            return parts.stream().map(Part::label).collect(Collectors.joining(", "));
        }
    }

    private final People people;
    private final Engagements engagements;

    AccessReview(People people, Engagements engagements) {
        this.people = people;
        this.engagements = engagements;
    }

    /** Everyone by name, each person's engagements by id. HR's only. */
    @Transactional(readOnly = true)
    public List<Line> lines(CurrentUser me) {
        if (!me.isHr()) {
            throw new ForbiddenException("Only HR downloads the access review");
        }
        Map<Long, Map<Long, Line>> byPerson = new HashMap<>();
        for (EngagementPeople engagement : engagements.everyonesParts()) {
            add(byPerson, engagement.clientId(), engagement, Part.CLIENT);
            add(byPerson, engagement.coachId(), engagement, Part.COACH);
            add(byPerson, engagement.leaderId(), engagement, Part.LEADER);
        }
        List<Line> lines = new ArrayList<>();
        for (User person : people.everyoneWithRoles()) {
            Map<Long, Line> own = byPerson.get(person.getId());
            if (own == null) {
                lines.add(new Line(person, null, List.of()));
            } else {
                own.values().forEach(line -> lines.add(new Line(person, line.engagement(), List.copyOf(line.parts()))));
            }
        }
        return lines;
    }

    private static void add(
            Map<Long, Map<Long, Line>> byPerson, Long personId, EngagementPeople engagement, Part part) {
        if (personId == null) {
            return;
        }
        byPerson.computeIfAbsent(personId, id -> new LinkedHashMap<>())
                .computeIfAbsent(engagement.engagementId(), id -> new Line(null, engagement, new ArrayList<>()))
                .parts()
                .add(part);
    }
}

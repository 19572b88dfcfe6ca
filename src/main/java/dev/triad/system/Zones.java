package dev.triad.system;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which time zone a time is read or typed in. The organisation's default is the application clock's zone
 * ({@code triad.time-zone}, else UTC); each person may have their own ({@link HasTimeZone}). The reader of a page is
 * the signed-in person; someone signed out (a rater's link) reads in the organisation's default.
 */
@Component
public class Zones {

    /** Region/City ids only: no "Etc/GMT+5" (whose sign reads backwards), no "SystemV/…" or three-letter aliases. */
    private static final Pattern CHOOSABLE =
            Pattern.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+");

    private static final List<ZoneId> CHOICES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> CHOOSABLE.matcher(id).matches())
            .sorted()
            .map(ZoneId::of)
            .toList();

    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final Clock clock;

    public Zones(Clock clock) {
        this.clock = clock;
    }

    /** The organisation's default zone: {@code triad.time-zone}, else UTC. */
    public ZoneId organisation() {
        return clock.getZone();
    }

    /** Now, by the application clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The zone of {@code person}, or the organisation's when they have none of their own. */
    public ZoneId of(HasTimeZone person) {
        ZoneId own = person == null ? null : person.timeZone();
        return own == null ? organisation() : own;
    }

    /** The zone of the person signed in to the request being answered, else the organisation's. */
    public ZoneId reader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof HasTimeZone person
                ? of(person)
                : organisation();
    }

    /** The zones a person may choose, as Region/City ids in alphabetical order. */
    public List<ZoneId> choices() {
        return CHOICES;
    }

    /** A zone id typed or sent by a browser, if it is one a person may choose. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(id.strip());
            return zone.getId().equals("Etc/UTC") || zone.getId().equals("UTC") || CHOICES.contains(zone)
                    ? Optional.of(zone)
                    : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "GMT", "BST", "EST", "SGT" at that instant (the abbreviation changes with daylight saving). */
    public static String abbreviation(ZoneId zone, Instant at) {
        return ABBREVIATION.format(at.atZone(zone));
    }

    /** "Europe/London (GMT)": how a form says in which zone its times are typed. */
    public static String describe(ZoneId zone, Instant at) {
        return zone.getId() + " (" + abbreviation(zone, at) + ")";
    }
}

package dev.triad.calendar;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.system.Days;
import dev.triad.system.RuleViolation;
import dev.triad.system.Zones;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Says why a time is taken in words its reader may see. What holds the time is named only to someone who may see it:
 * the coach sees every item of their own engagements, the client her own; anyone else learns only that the coach (or
 * the client) is not free, so a client moving her session never learns of another client's. Times are written in the
 * reader's zone.
 */
@Component
public class TakenTimeMessages {

    private final People people;
    private final Zones zones;
    private final MessageSource messages;

    TakenTimeMessages(People people, Zones zones, MessageSource messages) {
        this.people = people;
        this.zones = zones;
        this.messages = messages;
    }

    /** One occurrence of a series whose time is taken: when it would start, and what holds that time. */
    public record Clash(Instant start, List<Busy> conflicts) {}

    /**
     * The rule broken when {@code clashes} of a series of {@code occurrences} find their time taken: the message names
     * each clashing occurrence (in the reader's zone) and why, as {@link #reason} would.
     */
    public RuleViolation seriesViolation(
            String field, List<Clash> clashes, int occurrences, Long coachId, Long clientId, CurrentUser me) {
        ZoneId zone = zones.of(me);
        Locale locale = LocaleContextHolder.getLocale();
        String each = clashes.stream()
                .map(clash -> messages.getMessage(
                        message(
                                "calendar.series.clash",
                                Days.when(clash.start().atZone(zone)),
                                reason(clash.conflicts(), coachId, clientId, me)),
                        locale))
                .collect(Collectors.joining("; "));
        return new RuleViolation(field, "calendar.series.taken", clashes.size(), occurrences, each);
    }

    /**
     * The rule broken when booking the coach {@code coachId} and the client {@code clientId} was refused, on the form's
     * {@code field}, for {@code me}.
     */
    public RuleViolation violation(TimeTaken taken, String field, Long coachId, Long clientId, CurrentUser me) {
        MessageSourceResolvable reason = reason(taken.conflicts(), coachId, clientId, me);
        String code = reason.getCodes()[0];
        return new RuleViolation(field, code, reason.getArguments());
    }

    /**
     * Why the time is taken, as a message of the bundle (to stand alone or inside another, such as a series' list of
     * occurrences); no conflicts means another request took the time at the same moment.
     */
    public MessageSourceResolvable reason(List<Busy> conflicts, Long coachId, Long clientId, CurrentUser me) {
        if (conflicts.isEmpty()) {
            return message("calendar.time.taken.justTaken");
        }
        ZoneId zone = zones.of(me);
        for (Busy busy : conflicts) {
            Optional<Long> otherParty = Objects.equals(busy.coachId(), me.id())
                    ? Optional.of(busy.clientId())
                    : Objects.equals(busy.clientId(), me.id()) ? Optional.of(busy.coachId()) : Optional.empty();
            if (otherParty.isPresent()) {
                String code = busy.item() == BookedItem.MEETING
                        ? "calendar.time.taken.meeting"
                        : "calendar.time.taken.session";
                return message(
                        code,
                        nameOf(otherParty.get()),
                        Days.whenRange(busy.start().atZone(zone), busy.end().atZone(zone)));
            }
        }
        boolean coachBusy = conflicts.stream().anyMatch(busy -> Objects.equals(busy.coachId(), coachId));
        return coachBusy
                ? message("calendar.time.taken.coach")
                : message("calendar.time.taken.client", nameOf(clientId));
    }

    private String nameOf(Long userId) {
        return people.findById(userId).map(User::getFullName).orElse("");
    }

    private static MessageSourceResolvable message(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments, code);
    }
}

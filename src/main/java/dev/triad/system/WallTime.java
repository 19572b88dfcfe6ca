package dev.triad.system;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * A time as someone typed it (a day and a clock time in their zone) turned into the instant it means, refusing what
 * the clock never shows: on a spring-forward night 02:30 does not exist, and is refused; on an autumn night the
 * repeated hour happens twice, and the person is asked which one they mean ({@link Ambiguous}).
 */
public final class WallTime {

    private WallTime() {}

    /** Which of the two moments of a repeated hour: the first (still on summer time) or the second. */
    public enum Occurrence {
        EARLIER,
        LATER;

        /** From a form's value ("EARLIER", "LATER"); anything else (or nothing): not chosen yet. */
        public static Occurrence parse(String value) {
            if (value == null) {
                return null;
            }
            for (Occurrence occurrence : values()) {
                if (occurrence.name().equalsIgnoreCase(value.strip())) {
                    return occurrence;
                }
            }
            return null;
        }
    }

    /**
     * The instant {@code local} means in {@code zone}.
     *
     * @param field the domain field the time was typed in, for the message
     * @param occurrence which moment a repeated hour means; may be null when the time is not ambiguous
     * @throws RuleViolation {@code time.nonexistent} for a time skipped by the clocks
     * @throws Ambiguous for a repeated time and no occurrence chosen
     */
    public static Instant instant(LocalDateTime local, ZoneId zone, String field, Occurrence occurrence) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = zone.getRules().getTransition(local);
            throw new RuleViolation(
                    field,
                    "time.nonexistent",
                    Days.dateTime(local),
                    zone.getId(),
                    Days.time(gap.getDateTimeBefore()),
                    Days.time(gap.getDateTimeAfter()));
        }
        if (offsets.size() == 1) {
            return local.atOffset(offsets.get(0)).toInstant();
        }
        if (occurrence == null) {
            throw new Ambiguous(field, local, zone);
        }
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
        return (occurrence == Occurrence.EARLIER
                        ? zoned.withEarlierOffsetAtOverlap()
                        : zoned.withLaterOffsetAtOverlap())
                .toInstant();
    }

    /** A time the clocks show twice (autumn): the form asks which of the two is meant. */
    public static final class Ambiguous extends RuleViolation {
        private static final long serialVersionUID = 1L;

        private final transient LocalDateTime local;
        private final transient ZoneId zone;

        Ambiguous(String field, LocalDateTime local, ZoneId zone) {
            super(
                    field,
                    "time.ambiguous",
                    Days.dateTime(local),
                    label(local, zone, Occurrence.EARLIER),
                    label(local, zone, Occurrence.LATER));
            this.local = local;
            this.zone = zone;
        }

        /** The time as typed, which happens twice. */
        public LocalDateTime local() {
            return local;
        }

        /** "01:30 BST (first)" or "01:30 GMT (second)": the two choices, with the abbreviation each one carries. */
        public String label(Occurrence occurrence) {
            return label(local, zone, occurrence);
        }

        private static String label(LocalDateTime local, ZoneId zone, Occurrence occurrence) {
            ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
            ZonedDateTime chosen = occurrence == Occurrence.EARLIER
                    ? zoned.withEarlierOffsetAtOverlap()
                    : zoned.withLaterOffsetAtOverlap();
            return Days.time(chosen) + " " + Zones.abbreviation(zone, chosen.toInstant());
        }
    }
}

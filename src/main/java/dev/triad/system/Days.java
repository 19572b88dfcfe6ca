package dev.triad.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day in a sentence (a rule's message, a flash, a timeline line) as the pages show days: "1 Dec 2026", never ISO. */
public final class Days {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Days() {
    }

    public static String of(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }
}

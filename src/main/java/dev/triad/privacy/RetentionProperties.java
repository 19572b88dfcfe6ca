package dev.triad.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a closed engagement's personal content is kept before HR may erase it ({@code triad.retention.period}, an
 * ISO-8601 period such as P3Y or P18M), counted from the day it closed.
 */
@ConfigurationProperties("triad.retention")
record RetentionProperties(@DefaultValue("P3Y") Period period) {

    RetentionProperties {
        if (period.isNegative()) {
            throw new IllegalArgumentException("triad.retention.period cannot be negative: " + period);
        }
    }

    /** "3 years", "1 year, 6 months": for pages. */
    String text() {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return parts.isEmpty() ? "no time" : String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }
}

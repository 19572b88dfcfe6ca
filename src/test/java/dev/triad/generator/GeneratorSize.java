package dev.triad.generator;

import java.util.Locale;

/**
 * How big a generated organisation is. Everything else (meetings, check-ins, notes, reports, surveys…) follows
 * from the engagements, their phases and these totals.
 */
public record GeneratorSize(
        String name,
        int hrAdmins,
        int coaches,
        int leaders,
        int clients,
        int programmes,
        int engagements,
        int goals,
        int actionSteps,
        int sessions,
        int assessments) {

    /** A few people and engagements: what the test suite generates. */
    public static final GeneratorSize TINY = new GeneratorSize("tiny", 2, 3, 6, 24, 2, 24, 80, 300, 240, 40);
    /** A quick check on a laptop (seconds). */
    public static final GeneratorSize SMALL =
            new GeneratorSize("small", 3, 20, 200, 800, 5, 800, 4_000, 20_000, 12_000, 1_600);

    public static final GeneratorSize MEDIUM =
            new GeneratorSize("medium", 5, 100, 1_000, 4_000, 10, 4_000, 20_000, 100_000, 60_000, 8_000);
    /** The size of a large company: what the benchmark runs against. */
    public static final GeneratorSize LARGE =
            new GeneratorSize("large", 10, 500, 5_000, 20_000, 20, 20_000, 100_000, 500_000, 300_000, 40_000);

    public GeneratorSize {
        if (hrAdmins < 1 || coaches < 1 || leaders < 1 || clients < 1 || programmes < 1 || engagements < 1) {
            throw new IllegalArgumentException(
                    "A generated organisation needs at least one of each role, programme and engagement");
        }
    }

    public static GeneratorSize named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "tiny" -> TINY;
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            case "large" -> LARGE;
            default ->
                throw new IllegalArgumentException("Unknown size '" + name + "': use tiny, small, medium or large");
        };
    }
}

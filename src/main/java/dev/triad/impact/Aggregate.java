package dev.triad.impact;

/**
 * A figure computed over some engagements. Over fewer than {@link #MINIMUM_ENGAGEMENTS} engagements it is
 * suppressed: {@link #value()} is then null, so no page or export can show it by mistake.
 */
public record Aggregate<T>(long engagements, T value) {

    /** DOMAIN.md: "No aggregate over fewer than 5 engagements is shown." */
    public static final int MINIMUM_ENGAGEMENTS = 5;

    /** What a suppressed figure says instead of itself. */
    public static final String SUPPRESSED = "not enough data to keep it anonymous";

    public boolean shown() {
        return engagements >= MINIMUM_ENGAGEMENTS;
    }

    /** The figure, or null when it is suppressed. */
    @Override
    public T value() {
        return shown() ? value : null;
    }
}

package dev.triad.engagement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * An extension point of coach matching: how the clients and leaders of a coach's past engagements rated the
 * coaching at close-out. A module that holds close-out surveys declares one bean implementing it; without
 * one, matching leaves ratings out. Only aggregates over at least {@link #MINIMUM_ENGAGEMENTS} engagements
 * are given, so no single client's answer can be read back from a coach's score.
 */
public interface CoachRatings {

    /** Fewer rated engagements than this give no rating (the anonymity threshold of every aggregate). */
    int MINIMUM_ENGAGEMENTS = 5;

    /** A coach's average close-out satisfaction (1 to 5) over {@code engagements} rated engagements. */
    record Rating(BigDecimal averageSatisfaction, long engagements) {}

    /** The ratings of those of {@code coachIds} rated on enough engagements, in one query. */
    Map<Long, Rating> ratingsOf(Collection<Long> coachIds);
}

package dev.triad.engagement;

import dev.triad.engagement.CoachRatings.Rating;
import dev.triad.engagement.CoachRoster.RosterEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Suggests coaches for an engagement, ranked by fit: the coach's specialities against the engagement's focus,
 * the language the client is coached in, the capacity the coach has left, and how past engagements rated the
 * coach at close-out. Every point of the score comes with its reason, shown to HR; HR still chooses.
 */
@Service
public class CoachMatching {

    /** How many of the best-fitting coaches are marked as suggested. */
    static final int SUGGESTED = 3;

    static final int PER_MATCHED_SPECIALITY = 30;
    static final int MAX_MATCHED_SPECIALITIES = 2;
    static final int LANGUAGE = 25;
    static final int PER_FREE_PLACE = 4;
    static final int MAX_FREE_PLACES_COUNTED = 5;
    static final int AT_CAPACITY = -40;
    static final int PER_RATING_POINT = 10;

    private static final Set<String> NOISE =
            Set.of("and", "the", "for", "with", "from", "into", "our", "their", "new", "more", "less");

    private final CoachRoster roster;
    private final ObjectProvider<CoachRatings> ratings;

    CoachMatching(CoachRoster roster, ObjectProvider<CoachRatings> ratings) {
        this.roster = roster;
        this.ratings = ratings;
    }

    /** One coach of the roster with their fit for the engagement and why. */
    public record Suggestion(RosterEntry entry, int score, List<String> reasons, boolean current, int rank) {

        /**
         * The score as HR reads it: 0 for the worst score possible (no speciality, not the language, at capacity, the
         * lowest rating), 100 for the best; the same order as the score, never a bare negative number.
         */
        public int fit() {
            int lowest = -LANGUAGE + AT_CAPACITY - 2 * PER_RATING_POINT;
            int highest = PER_MATCHED_SPECIALITY * MAX_MATCHED_SPECIALITIES
                    + LANGUAGE
                    + PER_FREE_PLACE * MAX_FREE_PLACES_COUNTED
                    + 2 * PER_RATING_POINT;
            return (int) Math.round(100.0 * (score - lowest) / (highest - lowest));
        }

        /** Among the best {@value CoachMatching#SUGGESTED} coaches who could take the engagement. */
        public boolean suggested() {
            return rank > 0 && rank <= SUGGESTED;
        }
    }

    /** The roster ranked for {@code engagement}; {@code language} (optional) is the language the client is coached in. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(Engagement engagement, String language) {
        List<RosterEntry> entries = roster.roster();
        CoachRatings source = ratings.getIfAvailable();
        Map<Long, Rating> rated = source == null
                ? Map.of()
                : source.ratingsOf(entries.stream().map(e -> e.coach().getId()).toList());
        Long current =
                engagement.getCoach() == null ? null : engagement.getCoach().getId();
        return rank(engagement.getFocus(), language, entries, rated, current);
    }

    /** Every language some active coach speaks, for HR to choose the client's from. */
    @Transactional(readOnly = true)
    public List<String> languages() {
        Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        roster.roster().forEach(entry -> all.addAll(entry.languages()));
        return List.copyOf(all);
    }

    static List<Suggestion> rank(
            String focus, String language, List<RosterEntry> entries, Map<Long, Rating> ratings, Long currentCoachId) {
        record Scored(RosterEntry entry, int score, List<String> reasons, boolean current) {}
        List<Scored> scored = new ArrayList<>();
        for (RosterEntry entry : entries) {
            List<String> reasons = new ArrayList<>();
            int score = specialities(focus, entry, reasons)
                    + language(language, entry, reasons)
                    + capacity(entry, reasons)
                    + rating(ratings.get(entry.coach().getId()), reasons);
            scored.add(new Scored(
                    entry, score, List.copyOf(reasons), entry.coach().getId().equals(currentCoachId)));
        }
        scored.sort(Comparator.comparingInt(Scored::score)
                .reversed()
                .thenComparing(s -> s.entry().capacityLeft(), Comparator.reverseOrder())
                .thenComparing(s -> s.entry().coach().getFullName()));
        List<Suggestion> ranked = new ArrayList<>();
        int rank = 0;
        for (Scored s : scored) {
            boolean eligible = !s.current() && !s.entry().isFull();
            ranked.add(new Suggestion(s.entry(), s.score(), s.reasons(), s.current(), eligible ? ++rank : 0));
        }
        return ranked;
    }

    private static int specialities(String focus, RosterEntry entry, List<String> reasons) {
        if (focus == null || focus.isBlank()) {
            reasons.add("No focus on the engagement to match specialities against");
            return 0;
        }
        Set<String> focusWords = words(focus);
        List<String> matched = entry.specialities().stream()
                .filter(speciality -> focus.toLowerCase(Locale.ROOT).contains(speciality.toLowerCase(Locale.ROOT))
                        || words(speciality).stream()
                                .anyMatch(word -> focusWords.stream().anyMatch(f -> sameStem(f, word))))
                .toList();
        if (matched.isEmpty()) {
            reasons.add("No speciality matches the focus “" + focus + "”");
            return 0;
        }
        reasons.add("Speciality matches the focus: " + String.join(", ", matched));
        return PER_MATCHED_SPECIALITY * Math.min(MAX_MATCHED_SPECIALITIES, matched.size());
    }

    private static int language(String language, RosterEntry entry, List<String> reasons) {
        if (language == null || language.isBlank()) {
            return 0;
        }
        boolean speaks = entry.languages().stream().anyMatch(l -> l.equalsIgnoreCase(language.strip()));
        reasons.add(speaks ? "Speaks " + language.strip() : "Does not speak " + language.strip());
        return speaks ? LANGUAGE : -LANGUAGE;
    }

    private static int capacity(RosterEntry entry, List<String> reasons) {
        if (entry.isFull()) {
            reasons.add("At capacity (" + entry.load() + " of " + entry.capacity() + ")");
            return AT_CAPACITY;
        }
        long free = entry.capacityLeft();
        reasons.add(free + (free == 1 ? " place" : " places") + " free (" + entry.load() + " of " + entry.capacity()
                + " taken)");
        return PER_FREE_PLACE * (int) Math.min(MAX_FREE_PLACES_COUNTED, free);
    }

    private static int rating(Rating rating, List<String> reasons) {
        if (rating == null) {
            reasons.add(
                    "No close-out rating yet (fewer than " + CoachRatings.MINIMUM_ENGAGEMENTS + " rated engagements)");
            return 0;
        }
        BigDecimal average = rating.averageSatisfaction().setScale(1, RoundingMode.HALF_UP);
        reasons.add("Close-out satisfaction " + average.toPlainString() + " / 5 over " + rating.engagements()
                + " engagements");
        return rating.averageSatisfaction()
                .subtract(BigDecimal.valueOf(3))
                .multiply(BigDecimal.valueOf(PER_RATING_POINT))
                .setScale(0, RoundingMode.HALF_UP)
                .intValue();
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !NOISE.contains(w))
                .forEach(words::add);
        return words;
    }

    /** "delegation" and "delegating" share a stem: the same first six letters, or the same short word. */
    private static boolean sameStem(String a, String b) {
        if (a.length() < 6 || b.length() < 6) {
            return a.equals(b);
        }
        return a.regionMatches(0, b, 0, 6);
    }
}

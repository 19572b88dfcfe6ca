package dev.triad.engagement;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.engagement.CoachMatching.Suggestion;
import dev.triad.engagement.CoachRatings.Rating;
import dev.triad.engagement.CoachRoster.RosterEntry;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Coaches ranked by fit: specialities against the focus, language, capacity left and past close-out ratings, with reasons. */
class CoachMatchingUnitTest {

    static long ids = 1;

    static RosterEntry coach(String name, String specialities, String languages, int capacity, long load) {
        User user = new User(
                name.toLowerCase().replace(' ', '.') + "@test.triad",
                name,
                null,
                EnumSet.of(Role.COACH),
                Instant.now());
        ReflectionTestUtils.setField(user, "id", ids++);
        return new RosterEntry(
                user, List.of(specialities.split(",\\s*")), List.of(languages.split(",\\s*")), capacity, load);
    }

    static List<String> names(List<Suggestion> ranked) {
        return ranked.stream().map(s -> s.entry().coach().getFullName()).toList();
    }

    static Suggestion of(List<Suggestion> ranked, String name) {
        return ranked.stream()
                .filter(s -> s.entry().coach().getFullName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    final RosterEntry delegation = coach("Dana Delegation", "delegation, resilience", "English", 8, 2);
    final RosterEntry presence = coach("Paul Presence", "leadership presence, influence", "English, German", 8, 2);
    final RosterEntry full = coach("Fiona Full", "delegation, stakeholder management", "English", 4, 4);
    final RosterEntry idle = coach("Ivan Idle", "well-being", "Italian", 8, 0);

    @Test
    void aSpecialityThatMatchesTheFocusRanksFirstAndSaysWhy() {
        List<Suggestion> ranked = CoachMatching.rank(
                "Delegating to a new team", null, List.of(presence, idle, delegation), Map.of(), null);
        assertThat(names(ranked).get(0)).isEqualTo("Dana Delegation");
        assertThat(of(ranked, "Dana Delegation").reasons()).contains("Speciality matches the focus: delegation");
        assertThat(of(ranked, "Paul Presence").reasons())
                .anyMatch(r -> r.startsWith("No speciality matches the focus"));
        assertThat(of(ranked, "Dana Delegation").suggested()).isTrue();
    }

    @Test
    void theClientsLanguageWeighsAndIsGivenAsAReason() {
        List<Suggestion> ranked =
                CoachMatching.rank("leadership presence", "German", List.of(delegation, presence), Map.of(), null);
        assertThat(names(ranked)).containsExactly("Paul Presence", "Dana Delegation");
        assertThat(of(ranked, "Paul Presence").reasons()).contains("Speaks German");
        assertThat(of(ranked, "Dana Delegation").reasons()).contains("Does not speak German");
        // Without the language, the coach with more free places and the same score comes first.
        List<Suggestion> noLanguage =
                CoachMatching.rank("resilience and influence", null, List.of(delegation, presence), Map.of(), null);
        assertThat(of(noLanguage, "Paul Presence").score())
                .isEqualTo(of(noLanguage, "Dana Delegation").score());
    }

    @Test
    void aCoachAtCapacityFallsBehindAndIsNeverSuggested() {
        List<Suggestion> ranked = CoachMatching.rank(
                "delegation and stakeholder management", null, List.of(full, delegation), Map.of(), null);
        assertThat(names(ranked)).containsExactly("Dana Delegation", "Fiona Full");
        assertThat(of(ranked, "Fiona Full").reasons()).contains("At capacity (4 of 4)");
        assertThat(of(ranked, "Fiona Full").suggested()).isFalse();
        assertThat(of(ranked, "Dana Delegation").reasons()).contains("6 places free (2 of 8 taken)");
    }

    @Test
    void pastCloseOutRatingsBreakTheTieAndAreShownWithTheirCount() {
        Map<Long, Rating> ratings = Map.of(
                delegation.coach().getId(), new Rating(new BigDecimal("2.4"), 6),
                presence.coach().getId(), new Rating(new BigDecimal("4.6"), 5));
        List<Suggestion> ranked =
                CoachMatching.rank("resilience and influence", null, List.of(delegation, presence), ratings, null);
        assertThat(names(ranked)).containsExactly("Paul Presence", "Dana Delegation");
        assertThat(of(ranked, "Paul Presence").reasons()).contains("Close-out satisfaction 4.6 / 5 over 5 engagements");
        assertThat(of(ranked, "Paul Presence").score()
                        - of(ranked, "Dana Delegation").score())
                .isEqualTo(16 + 6);
        List<Suggestion> unrated = CoachMatching.rank("resilience", null, List.of(idle), Map.of(), null);
        assertThat(unrated.get(0).reasons()).contains("No close-out rating yet (fewer than 5 rated engagements)");
    }

    @Test
    void theCurrentCoachIsShownButNotSuggestedAndOnlyTheBestThreeAreMarked() {
        RosterEntry fourth = coach("Quinn Fourth", "delegation", "English", 8, 1);
        RosterEntry fifth = coach("Rita Fifth", "delegation", "English", 8, 1);
        List<Suggestion> ranked = CoachMatching.rank(
                "delegation",
                null,
                List.of(delegation, presence, idle, fourth, fifth),
                Map.of(),
                delegation.coach().getId());
        assertThat(of(ranked, "Dana Delegation").current()).isTrue();
        assertThat(of(ranked, "Dana Delegation").suggested()).isFalse();
        assertThat(ranked.stream()
                        .filter(Suggestion::suggested)
                        .map(s -> s.entry().coach().getFullName()))
                .containsExactly("Quinn Fourth", "Rita Fifth", "Ivan Idle");
        assertThat(CoachMatching.rank(null, null, List.of(idle), Map.of(), null)
                        .get(0)
                        .reasons())
                .contains("No focus on the engagement to match specialities against");
    }

    @Test
    void theFitShownIsOutOfAHundredNeverNegativeAndKeepsTheOrder() {
        Rating poor = new Rating(BigDecimal.ONE, 6);
        Rating great = new Rating(BigDecimal.valueOf(5), 6);
        RosterEntry best = coach("Bea Best", "delegation, resilience", "German", 20, 0);
        List<Suggestion> ranked = CoachMatching.rank(
                "delegation and resilience",
                "German",
                List.of(full, idle, best, delegation),
                Map.of(full.coach().getId(), poor, best.coach().getId(), great),
                null);
        // the full coach with no language and a poor rating scored −40 and less: shown as a fit, not a negative number
        assertThat(of(ranked, "Fiona Full").score()).isNegative();
        assertThat(ranked).allSatisfy(s -> assertThat(s.fit()).isBetween(0, 100));
        assertThat(of(ranked, "Bea Best").fit()).isEqualTo(100);
        assertThat(ranked).extracting(Suggestion::fit).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}

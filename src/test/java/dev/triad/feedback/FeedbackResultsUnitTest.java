package dev.triad.feedback;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic and the anonymity rules of 360 results. */
class FeedbackResultsUnitTest {

    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    long ids = 100;
    final List<FeedbackQuestion> questions = new ArrayList<>();
    final List<FeedbackRater> raters = new ArrayList<>();
    final List<FeedbackAnswer> answers = new ArrayList<>();
    final FeedbackQuestion listens = question(QuestionKind.RATING, "Listening", "Listens");
    final FeedbackQuestion delegates = question(QuestionKind.RATING, "Delegation", "Delegates");
    final FeedbackQuestion more =
            question(QuestionKind.OPEN, null, "What should this person do more of in the future?");

    FeedbackQuestion question(QuestionKind kind, String competency, String text) {
        FeedbackQuestion q = new FeedbackQuestion(1L, questions.size(), new QuestionItem(kind, competency, text));
        ReflectionTestUtils.setField(q, "id", ids++);
        questions.add(q);
        return q;
    }

    /** A rater of the group who submitted these ratings (listens, delegates) and words. */
    FeedbackRater rater(RaterGroup group, int listening, int delegation, String words) {
        FeedbackRater r = new FeedbackRater(1L, "Name " + ids, "rater" + ids + "@example.com", group, NOW);
        ReflectionTestUtils.setField(r, "id", ids++);
        r.submitted(NOW);
        raters.add(r);
        answer(r, listens, listening, null);
        answer(r, delegates, delegation, null);
        if (words != null) {
            answer(r, more, null, words);
        }
        return r;
    }

    void answer(FeedbackRater r, FeedbackQuestion q, Integer rating, String text) {
        FeedbackAnswer a = new FeedbackAnswer(r, q);
        a.set(rating, text);
        answers.add(a);
    }

    FeedbackResults results() {
        return FeedbackResults.of(questions, raters, answers);
    }

    List<String> columns(FeedbackResults results) {
        return results.getColumns().stream().map(FeedbackResults.Column::label).toList();
    }

    @Test
    void twoPeersAreFoldedIntoOthersAndNotShownOnTheirOwn() {
        rater(RaterGroup.PEER, 4, 2, null);
        rater(RaterGroup.PEER, 2, 2, null);
        FeedbackResults results = results();
        assertThat(columns(results)).doesNotContain("Peers", "Others", "All raters");
        assertThat(results.getNotShown()).isEqualTo(2);
        assertThat(results.getCompetencies())
                .allSatisfy(row -> assertThat(row.averages()).isEmpty());
    }

    @Test
    void threePeersAreShownAsPeers() {
        rater(RaterGroup.PEER, 4, 2, null);
        rater(RaterGroup.PEER, 2, 2, null);
        rater(RaterGroup.PEER, 3, 5, null);
        FeedbackResults results = results();
        assertThat(columns(results)).containsExactly("All raters", "Peers");
        FeedbackResults.CompetencyRow listening = results.getCompetencies().get(0);
        assertThat(listening.competency()).isEqualTo("Listening");
        assertThat(listening.average("PEER")).isEqualTo("3.0");
        assertThat(results.getCompetencies().get(1).average("PEER")).isEqualTo("3.0");
        assertThat(results.getNotShown()).isZero();
    }

    @Test
    void smallGroupsTogetherMakeOthersOnceThereAreThreeAnswers() {
        rater(RaterGroup.PEER, 4, 4, null);
        rater(RaterGroup.PEER, 4, 4, null);
        rater(RaterGroup.CUSTOMER, 1, 1, null);
        rater(RaterGroup.DIRECT_REPORT, 5, 5, null);
        rater(RaterGroup.DIRECT_REPORT, 5, 5, null);
        rater(RaterGroup.DIRECT_REPORT, 5, 5, null);
        FeedbackResults results = results();
        assertThat(columns(results)).containsExactly("All raters", "Direct reports", "Others");
        assertThat(results.isOthersIncludeSmallGroups()).isTrue();
        assertThat(results.getCompetencies().get(0).average(FeedbackResults.OTHERS))
                .isEqualTo("3.0");
        assertThat(results.getCompetencies().get(0).average(FeedbackResults.ALL))
                .isEqualTo("4.0");
    }

    @Test
    void theLeaderIsShownAsTheLeaderEvenAloneButAFoldTooSmallCountsInNoFigureNotEvenAllRaters() {
        rater(RaterGroup.LEADER, 2, 3, null);
        rater(RaterGroup.PEER, 5, 5, null);
        rater(RaterGroup.PEER, 5, 5, null);
        FeedbackResults results = results();
        assertThat(columns(results)).containsExactly("All raters", "Leader");
        FeedbackResults.CompetencyRow listening = results.getCompetencies().get(0);
        assertThat(listening.average("LEADER")).isEqualTo("2.0");
        // were the two peers in "All raters", their average could be worked out from it and the leader's
        assertThat(listening.average(FeedbackResults.ALL)).isEqualTo("2.0");
        assertThat(results.getNotShown()).isEqualTo(2);
        assertThat(results.getRatersCounted()).isEqualTo(1);
    }

    @Test
    void selfIsSetAgainstAllRatersWithTheGap() {
        rater(RaterGroup.SELF, 5, 4, "Delegate more");
        rater(RaterGroup.PEER, 3, 2, null);
        rater(RaterGroup.PEER, 3, 2, null);
        rater(RaterGroup.PEER, 4, 3, null);
        FeedbackResults results = results();
        assertThat(columns(results)).containsExactly("Self", "All raters", "Peers");
        FeedbackResults.CompetencyRow listening = results.getCompetencies().get(0);
        assertThat(listening.average("self")).isEqualTo("5.0");
        assertThat(listening.average(FeedbackResults.ALL)).isEqualTo("3.3");
        assertThat(listening.gap()).isEqualByComparingTo(new BigDecimal("1.7"));
        assertThat(listening.gapText()).isEqualTo("+1.7");
        assertThat(results.getCompetencies().get(1).gapText()).isEqualTo("+1.7");
        assertThat(results.getOpenQuestions().get(0).selfAnswer()).isEqualTo("Delegate more");
        assertThat(results.getOpenQuestions().get(0).answers()).isEmpty();
    }

    @Test
    void openAnswersAreListedAlphabeticallyWithoutWhoWroteThemEvenFromGroupsTooSmallToShow() {
        rater(RaterGroup.LEADER, 3, 3, "zebra: keep going");
        rater(RaterGroup.CUSTOMER, 3, 3, "Answer the phone");
        rater(RaterGroup.PEER, 3, 3, "more one-to-ones");
        FeedbackResults results = results();
        assertThat(results.getOpenQuestions().get(0).answers())
                .containsExactly("Answer the phone", "more one-to-ones", "zebra: keep going");
        assertThat(results.getOpenQuestions().get(0).selfAnswer()).isNull();
    }

    @Test
    void theChartHasASeriesForEveryColumnOfTheTablePeersIncluded() {
        rater(RaterGroup.PEER, 4, 2, null);
        rater(RaterGroup.PEER, 2, 2, null);
        rater(RaterGroup.PEER, 3, 5, null);
        rater(RaterGroup.LEADER, 5, 1, null);
        FeedbackResults results = results();
        assertThat(columns(results)).containsExactly("All raters", "Leader", "Peers");
        assertThat(results.seriesJson()).isEqualTo("{\"All raters\":[3.5,2.5],\"Leader\":[5,1],\"Peers\":[3,3]}");
    }

    @Test
    void chartDataIsJsonThatNoTypedTextCanBreakOutOf() {
        question(QuestionKind.RATING, "</canvas><script>\"x\"", "Odd");
        rater(RaterGroup.SELF, 4, 4, null);
        FeedbackResults results = results();
        assertThat(results.competenciesJson()).doesNotContain("<", ">", "\"x\"").contains("\\u003c/canvas\\u003e");
        assertThat(results.seriesJson()).isEqualTo("{\"Self\":[4,4,null]}");
    }
}

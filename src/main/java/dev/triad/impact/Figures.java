package dev.triad.impact;

import dev.triad.engagement.Phase;
import dev.triad.system.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The figures of a programme dashboard. Each is read only through an {@link Aggregate}, which hides it below five engagements. */
public final class Figures {

    private Figures() {}

    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
    }

    static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    static String text(BigDecimal value) {
        return value == null ? "—" : Numbers.plain(value);
    }

    public record PhaseCount(Phase phase, long engagements) {}

    public record Phases(List<PhaseCount> counts) {

        public long total() {
            return counts.stream().mapToLong(PhaseCount::engagements).sum();
        }
    }

    /** A coach's engagements in this programme (active and all) and their load over every programme. */
    public record CoachLoad(String coach, long activeHere, long allHere, long activeEverywhere, int capacity) {}

    public record CoachLoads(List<CoachLoad> coaches) {}

    /** Settled sessions by outcome; rescheduled ones are not counted (they moved, another session took their place). */
    public record Attendance(long held, long cancelledInTime, long lateCancelled, long noShow) {

        public long settled() {
            return held + cancelledInTime + lateCancelled + noShow;
        }

        public BigDecimal heldPercent() {
            return percent(held, settled());
        }
    }

    public record Hours(BigDecimal contracted, BigDecimal used) {

        public BigDecimal percentUsed() {
            return contracted.signum() == 0
                    ? null
                    : used.multiply(BigDecimal.valueOf(100)).divide(contracted, 0, RoundingMode.HALF_UP);
        }

        public String contractedText() {
            return text(contracted);
        }

        public String usedText() {
            return text(used);
        }

        public String remainingText() {
            return text(contracted.subtract(used));
        }
    }

    /** Goals past draft, by status. */
    public record Goals(long achieved, long active, long dropped) {

        public long total() {
            return achieved + active + dropped;
        }

        public BigDecimal achievedPercent() {
            return percent(achieved, total());
        }
    }

    /** Answered partnership check-ins: the average fit (1 to 5), how many signalled a low fit, the spread of answers. */
    public record CheckIns(long answers, BigDecimal averageFit, long lowFit, List<Long> distribution) {

        public String averageFitText() {
            return text(oneDecimal(averageFit));
        }

        public BigDecimal lowFitPercent() {
            return percent(lowFit, answers);
        }
    }

    /** Close-out answers of clients and leaders: averages of the 1-to-5 scales, and the net promoter score from 0-to-10. */
    public record CloseOut(
            long answers,
            long surveysSent,
            BigDecimal satisfaction,
            BigDecimal goalsAchieved,
            BigDecimal behaviourChange,
            BigDecimal wouldRecommend,
            long promoters,
            long detractors) {

        /** Promoters (9–10) minus detractors (0–6), as a share of answers: from -100 to 100. */
        public long netPromoterScore() {
            return answers == 0 ? 0 : Math.round((promoters - detractors) * 100.0 / answers);
        }

        public BigDecimal responsePercent() {
            return percent(answers, surveysSent);
        }

        public String satisfactionText() {
            return text(oneDecimal(satisfaction));
        }

        public String goalsAchievedText() {
            return text(oneDecimal(goalsAchieved));
        }

        public String behaviourChangeText() {
            return text(oneDecimal(behaviourChange));
        }

        public String wouldRecommendText() {
            return text(oneDecimal(wouldRecommend));
        }
    }

    /** One impact measure across the programme: engagements with a before and an after value, and their averages. */
    public record Impact(String name, String unit, BigDecimal before, BigDecimal after) {

        public BigDecimal change() {
            return after.subtract(before);
        }

        public String beforeText() {
            return text(oneDecimal(before));
        }

        public String afterText() {
            return text(oneDecimal(after));
        }

        public String changeText() {
            BigDecimal change = oneDecimal(change());
            return (change.signum() > 0 ? "+" : "") + text(change);
        }
    }

    /** How many of the programme's engagements have impact measures at all. */
    public record Coverage(long withMeasures, long engagements) {

        public BigDecimal percent() {
            return Figures.percent(withMeasures, engagements);
        }
    }
}

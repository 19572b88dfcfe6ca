package dev.triad.feedback;

import dev.triad.system.ChartJson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The results of a closed 360 request, in aggregate only, with no rater's identity anywhere:
 * <ul>
 *   <li>averages per rating item and per competency, for each group that may be shown;</li>
 *   <li>the leader's ratings are shown as the leader's;</li>
 *   <li>peers, direct reports and customers are shown as a group only with at least
 *       {@value #ANONYMITY_THRESHOLD} answers; a smaller group is folded into "Others", together with the
 *       raters in the "other" group, and "Others" itself is shown only with at least
 *       {@value #ANONYMITY_THRESHOLD} answers. Answers in a fold too small to show count in no figure at
 *       all (not even "All raters", from which they could be worked out by subtraction);</li>
 *   <li>"All raters" is everyone counted above, the client's own view not included, set against "Self";</li>
 *   <li>open answers are listed per question without names or groups, in alphabetical order (never
 *       in the order they came in).</li>
 * </ul>
 */
public final class FeedbackResults {

    public static final int ANONYMITY_THRESHOLD = 3;
    static final String SELF = "self";
    static final String ALL = "all";
    static final String OTHERS = "others";
    private static final List<RaterGroup> GROUPS_SHOWN_ALONE =
            List.of(RaterGroup.PEER, RaterGroup.DIRECT_REPORT, RaterGroup.CUSTOMER);

    /** A column of the results: a group of raters shown together, and how many answered. */
    public record Column(String key, String label, int answers) {}

    /** One rating item's averages, per column key. */
    public record ItemRow(FeedbackQuestion question, Map<String, BigDecimal> averages) {
        public String average(String key) {
            return text(averages.get(key));
        }
    }

    /** A competency's averages over its items, per column key, and its items. */
    public record CompetencyRow(String competency, Map<String, BigDecimal> averages, List<ItemRow> items) {
        public String average(String key) {
            return text(averages.get(key));
        }

        /** Self minus all raters: positive when the client rates themselves higher than others do. */
        public BigDecimal gap() {
            BigDecimal self = averages.get(SELF);
            BigDecimal all = averages.get(ALL);
            return self == null || all == null ? null : self.subtract(all);
        }

        public String gapText() {
            BigDecimal gap = gap();
            if (gap == null) {
                return "–";
            }
            return (gap.signum() > 0 ? "+" : "")
                    + gap.setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** An open question with the client's own answer and everyone else's, unattributed. */
    public record OpenQuestion(FeedbackQuestion question, String selfAnswer, List<String> answers) {}

    private final List<Column> columns;
    private final List<CompetencyRow> competencies;
    private final List<OpenQuestion> openQuestions;
    private final int notShown;
    private final boolean othersIncludeSmallGroups;

    private FeedbackResults(
            List<Column> columns,
            List<CompetencyRow> competencies,
            List<OpenQuestion> openQuestions,
            int notShown,
            boolean othersIncludeSmallGroups) {
        this.columns = columns;
        this.competencies = competencies;
        this.openQuestions = openQuestions;
        this.notShown = notShown;
        this.othersIncludeSmallGroups = othersIncludeSmallGroups;
    }

    /**
     * Works out the results from the raters who submitted and their answers (drafts must not be passed).
     */
    public static FeedbackResults of(
            List<FeedbackQuestion> questions, List<FeedbackRater> submitted, List<FeedbackAnswer> answers) {
        Map<RaterGroup, List<Long>> byGroup = new EnumMap<>(RaterGroup.class);
        for (FeedbackRater rater : submitted) {
            byGroup.computeIfAbsent(rater.getGroup(), g -> new ArrayList<>()).add(rater.getId());
        }
        // Which raters each column counts, in the order the columns are shown.
        Map<String, List<Long>> members = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<Long> self = byGroup.getOrDefault(RaterGroup.SELF, List.of());
        List<Long> all = new ArrayList<>();
        List<Long> leader = byGroup.getOrDefault(RaterGroup.LEADER, List.of());
        List<Long> others = new ArrayList<>(byGroup.getOrDefault(RaterGroup.OTHER, List.of()));
        boolean folded = false;
        Map<RaterGroup, List<Long>> shownAlone = new EnumMap<>(RaterGroup.class);
        for (RaterGroup group : GROUPS_SHOWN_ALONE) {
            List<Long> ids = byGroup.getOrDefault(group, List.of());
            if (ids.size() >= ANONYMITY_THRESHOLD) {
                shownAlone.put(group, ids);
            } else if (!ids.isEmpty()) {
                others.addAll(ids);
                folded = true;
            }
        }
        boolean othersShown = others.size() >= ANONYMITY_THRESHOLD;
        all.addAll(leader);
        shownAlone.values().forEach(all::addAll);
        if (othersShown) {
            all.addAll(others);
        }
        if (!self.isEmpty()) {
            members.put(SELF, self);
            labels.put(SELF, "Self");
        }
        if (!all.isEmpty()) {
            members.put(ALL, all);
            labels.put(ALL, "All raters");
        }
        if (!leader.isEmpty()) {
            members.put(RaterGroup.LEADER.name(), leader);
            labels.put(RaterGroup.LEADER.name(), RaterGroup.LEADER.label());
        }
        shownAlone.forEach((group, ids) -> {
            members.put(group.name(), ids);
            labels.put(group.name(), group.plural());
        });
        if (othersShown) {
            members.put(OTHERS, others);
            labels.put(OTHERS, "Others");
        }
        List<Column> columns = members.entrySet().stream()
                .map(e -> new Column(
                        e.getKey(), labels.get(e.getKey()), e.getValue().size()))
                .toList();

        Map<Long, Map<Long, FeedbackAnswer>> byQuestion = new LinkedHashMap<>();
        for (FeedbackAnswer answer : answers) {
            byQuestion
                    .computeIfAbsent(answer.getQuestionId(), q -> new LinkedHashMap<>())
                    .put(answer.getRaterId(), answer);
        }

        Map<String, List<ItemRow>> itemsByCompetency = new LinkedHashMap<>();
        for (FeedbackQuestion question : questions) {
            if (!question.isRating()) {
                continue;
            }
            Map<Long, FeedbackAnswer> given = byQuestion.getOrDefault(question.getId(), Map.of());
            Map<String, BigDecimal> averages = new LinkedHashMap<>();
            members.forEach((key, ids) -> {
                BigDecimal average = average(ids.stream()
                        .map(given::get)
                        .filter(Objects::nonNull)
                        .map(FeedbackAnswer::getRating)
                        .filter(Objects::nonNull)
                        .toList());
                if (average != null) {
                    averages.put(key, average);
                }
            });
            itemsByCompetency
                    .computeIfAbsent(question.getCompetency(), c -> new ArrayList<>())
                    .add(new ItemRow(question, averages));
        }
        List<CompetencyRow> competencies = new ArrayList<>();
        itemsByCompetency.forEach((competency, items) -> {
            Map<String, BigDecimal> averages = new LinkedHashMap<>();
            members.forEach((key, ids) -> {
                List<Integer> ratings = new ArrayList<>();
                for (ItemRow item : items) {
                    Map<Long, FeedbackAnswer> given =
                            byQuestion.getOrDefault(item.question().getId(), Map.of());
                    ids.stream()
                            .map(given::get)
                            .filter(Objects::nonNull)
                            .map(FeedbackAnswer::getRating)
                            .filter(Objects::nonNull)
                            .forEach(ratings::add);
                }
                BigDecimal average = average(ratings);
                if (average != null) {
                    averages.put(key, average);
                }
            });
            competencies.add(new CompetencyRow(competency, averages, items));
        });

        Predicate<Long> isSelf = self::contains;
        List<OpenQuestion> open = new ArrayList<>();
        for (FeedbackQuestion question : questions) {
            if (question.isRating()) {
                continue;
            }
            Map<Long, FeedbackAnswer> given = byQuestion.getOrDefault(question.getId(), Map.of());
            String selfAnswer = given.values().stream()
                    .filter(a -> isSelf.test(a.getRaterId()))
                    .map(FeedbackAnswer::getText)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            List<String> texts = given.values().stream()
                    .filter(a -> !isSelf.test(a.getRaterId()))
                    .map(FeedbackAnswer::getText)
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing((String t) -> t.toLowerCase(java.util.Locale.ROOT))
                            .thenComparing(t -> t))
                    .collect(Collectors.toList());
            open.add(new OpenQuestion(question, selfAnswer, texts));
        }
        return new FeedbackResults(columns, competencies, open, othersShown ? 0 : others.size(), folded && othersShown);
    }

    private static BigDecimal average(List<Integer> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        int sum = ratings.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 1, RoundingMode.HALF_UP);
    }

    static String text(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    public List<Column> getColumns() {
        return columns;
    }

    public boolean hasColumn(String key) {
        return columns.stream().anyMatch(c -> c.key().equals(key));
    }

    public List<CompetencyRow> getCompetencies() {
        return competencies;
    }

    public List<OpenQuestion> getOpenQuestions() {
        return openQuestions;
    }

    /** Answers from groups too small to show even once folded into "Others": in no figure, only among the open answers. */
    public int getNotShown() {
        return notShown;
    }

    /** "Others" holds groups that had fewer than {@value #ANONYMITY_THRESHOLD} answers of their own. */
    public boolean isOthersIncludeSmallGroups() {
        return othersIncludeSmallGroups;
    }

    /** Raters counted in the figures, the client's own view not included. */
    public int getRatersCounted() {
        return columns.stream()
                .filter(c -> c.key().equals(ALL))
                .mapToInt(Column::answers)
                .findFirst()
                .orElse(0);
    }

    public boolean isEmpty() {
        return columns.isEmpty()
                && openQuestions.stream().allMatch(q -> q.answers().isEmpty() && q.selfAnswer() == null);
    }

    /** Chart data: the competencies as a JSON array of strings. */
    public String competenciesJson() {
        return ChartJson.write(
                competencies.stream().map(CompetencyRow::competency).toList());
    }

    /**
     * Chart data: a JSON object of series, one per column of the table and in its order (Self, All raters, Leader,
     * each group shown on its own, Others), with one average per competency, null where none.
     */
    public String seriesJson() {
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        for (Column column : columns) {
            series.put(
                    column.label(),
                    ChartJson.plain(competencies.stream()
                            .map(c -> c.averages().get(column.key()))
                            .toList()));
        }
        return ChartJson.write(series);
    }
}

package dev.triad.feedback;

import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The question sets 360 requests are prepared from. HR edits them (the address is HR's only, see the
 * security configuration); a request keeps its own copy of the questions.
 */
@Service
public class QuestionSetService {

    private final FeedbackQuestionSets sets;
    private final Clock clock;

    QuestionSetService(FeedbackQuestionSets sets, Clock clock) {
        this.sets = sets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FeedbackQuestionSet> all() {
        return sets.allInOrder();
    }

    @Transactional(readOnly = true)
    public FeedbackQuestionSet get(Long id) {
        FeedbackQuestionSet set = sets.findById(id).orElseThrow(() -> new NotFoundException("Question set"));
        set.getItems().size();
        return set;
    }

    @Transactional
    public FeedbackQuestionSet create(QuestionSetDetails details) {
        requireFreeName(details.name(), -1L);
        return sets.save(new FeedbackQuestionSet(details, clock.instant()));
    }

    /**
     * Saves an edit made on {@code version} of the set.
     *
     * @throws StaleEdit when someone else saved it since
     */
    @Transactional
    public FeedbackQuestionSet update(Long id, long version, QuestionSetDetails details) {
        FeedbackQuestionSet set = sets.findById(id).orElseThrow(() -> new NotFoundException("Question set"));
        StaleEdit.check(FeedbackQuestionSet.class, id, version, set.getVersion());
        requireFreeName(details.name(), id);
        set.describe(details, clock.instant());
        return set;
    }

    private void requireFreeName(String name, Long id) {
        if (name != null && sets.nameTakenByOther(name.strip(), id)) {
            throw new RuleViolation("name", "assessment.questionSet.name.taken");
        }
    }
}

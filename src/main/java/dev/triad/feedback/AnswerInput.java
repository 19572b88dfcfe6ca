package dev.triad.feedback;

import java.util.Map;

/** What a rater typed, as it came from the form: ratings and texts by question id, not yet checked. */
public record AnswerInput(Map<Long, String> ratings, Map<Long, String> texts) {

    public AnswerInput {
        ratings = Map.copyOf(ratings);
        texts = Map.copyOf(texts);
    }
}

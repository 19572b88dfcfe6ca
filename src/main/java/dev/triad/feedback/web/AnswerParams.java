package dev.triad.feedback.web;

import dev.triad.feedback.AnswerInput;
import org.springframework.util.MultiValueMap;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads an answer form's fields: {@code rating-<question id>} and {@code text-<question id>}; the button
 * pressed is {@code action=submit} or {@code action=draft}. Fields with other names are ignored, and
 * questions of another request never match the rater's own.
 */
final class AnswerParams {

    private static final int MAX_FIELDS = 200;

    private AnswerParams() {}

    static AnswerInput read(MultiValueMap<String, String> params) {
        Map<Long, String> ratings = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        int seen = 0;
        for (Map.Entry<String, java.util.List<String>> entry : params.entrySet()) {
            if (++seen > MAX_FIELDS) {
                break;
            }
            String name = entry.getKey();
            String value = entry.getValue().isEmpty() ? null : entry.getValue().get(0);
            if (value == null) {
                continue;
            }
            if (name.startsWith("rating-")) {
                id(name.substring("rating-".length()), ratings, value);
            } else if (name.startsWith("text-")) {
                id(name.substring("text-".length()), texts, value);
            }
        }
        return new AnswerInput(ratings, texts);
    }

    static boolean submitting(MultiValueMap<String, String> params) {
        return "submit".equals(params.getFirst("action"));
    }

    private static void id(String digits, Map<Long, String> into, String value) {
        if (digits.matches("\\d{1,18}")) {
            into.put(Long.valueOf(digits), value);
        }
    }
}

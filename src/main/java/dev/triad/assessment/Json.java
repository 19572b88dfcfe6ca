package dev.triad.assessment;

import dev.triad.system.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Just enough JSON for the charts' data-* attributes: strings escaped so that no text typed by a person
 * can end the string (or, once in HTML, the attribute or an element).
 */
final class Json {

    private Json() {
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\'' -> out.append("\\u0027");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String strings(List<String> texts) {
        return texts.stream().map(Json::string).collect(Collectors.joining(",", "[", "]"));
    }

    static String numbers(List<BigDecimal> numbers) {
        return numbers.stream().map(n -> n == null ? "null" : Numbers.plain(n)).collect(Collectors.joining(",", "[", "]"));
    }

    static String series(Map<String, List<BigDecimal>> series) {
        return series.entrySet().stream().map(e -> string(e.getKey()) + ":" + numbers(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }
}

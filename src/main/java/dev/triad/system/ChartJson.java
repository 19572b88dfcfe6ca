package dev.triad.system;

import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

/**
 * The charts' data as JSON for a data-* attribute, drawn by a script of /js: maps, lists, strings and numbers written
 * by Jackson. Strings are escaped so that no text typed by a person can end the string or, once in HTML, the
 * attribute or an element ({@code < > & '} and the line separators as \\u escapes), and numbers are plain: 4.2 rather
 * than 4.20, 100 rather than 1E+2 (pass {@link Numbers#stripped} values to drop trailing zeros).
 */
public final class ChartJson {

    private static final JsonMapper JSON = JsonMapper.builder(
                    JsonFactory.builder().characterEscapes(new HtmlSafe()).build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ChartJson() {}

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** The numbers as people write them (no trailing zeros); null stays null. */
    public static java.util.List<BigDecimal> plain(java.util.List<BigDecimal> numbers) {
        return numbers.stream().map(Numbers::stripped).toList();
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafe() {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                ascii[c] = ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean custom = ch < 128 ? ascii[ch] == ESCAPE_CUSTOM : ch == 0x2028 || ch == 0x2029;
            return custom ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}

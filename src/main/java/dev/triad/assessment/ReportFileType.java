package dev.triad.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of report file an assessment may hold. A file's kind is read from its first bytes (its
 * "magic number"), not taken from the browser's declared content type nor from the file name alone, so
 * that a renamed HTML page or script is refused.
 */
public enum ReportFileType {
    PDF("application/pdf", List.of(".pdf"), new int[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", List.of(".png"), new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", List.of(".jpg", ".jpeg"), new int[] {0xFF, 0xD8, 0xFF});

    private final String contentType;
    private final List<String> extensions;
    private final int[] magic;

    ReportFileType(String contentType, List<String> extensions, int[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind whose signature starts {@code bytes}, if any. */
    static Optional<ReportFileType> detect(byte[] bytes) {
        return Arrays.stream(values())
                .filter(type -> type.startsWithMagic(bytes))
                .findFirst();
    }

    static Optional<ReportFileType> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(type -> type.contentType.equals(contentType))
                .findFirst();
    }

    boolean matchesName(String filename) {
        String lower = filename.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }

    private boolean startsWithMagic(byte[] bytes) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

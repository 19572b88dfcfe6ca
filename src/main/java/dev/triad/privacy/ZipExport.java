package dev.triad.privacy;

import dev.triad.engagement.ClientExport;
import tools.jackson.databind.ObjectWriter;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A client's export as a ZIP archive written as it goes (straight to the response): each JSON file and each report file
 * becomes an entry the moment a module hands it over, so memory holds one file at most. README.txt, which lists the
 * JSON files with the modules' descriptions, is written last.
 */
final class ZipExport implements ClientExport {

    private final ZipOutputStream zip;
    private final ObjectWriter json;
    private final Map<String, String> described = new LinkedHashMap<>();
    private final Set<String> paths = new HashSet<>();
    private int files;

    ZipExport(OutputStream out, ObjectWriter json) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    public void json(String path, String description, Object content) {
        described.put(path, description);
        entry(path, stream -> json.writeValue(stream, content));
    }

    @Override
    public void file(String path, InputStream content) {
        files++;
        entry(path, content::transferTo);
    }

    int fileCount() {
        return files;
    }

    /** README.txt, then the archive's directory: the archive is complete once this returns. */
    void finish(String header) {
        StringBuilder readme = new StringBuilder(header).append("\n\nThe files in this archive:\n\n");
        described.forEach((path, description) ->
                readme.append(path).append("\n    ").append(description).append("\n\n"));
        readme.append("""
                Each JSON file is UTF-8. Times are instants in UTC (ISO-8601, e.g. 2026-03-01T09:30:00Z), days are ISO dates
                (2026-03-01); engagementId, goalId, sessionId, meetingId and the like link records across files. An empty list
                means there is nothing of that kind.
                """);
        entry("README.txt", stream -> stream.write(readme.toString().getBytes(StandardCharsets.UTF_8)));
        try {
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writing {
        void to(OutputStream stream) throws IOException;
    }

    private void entry(String path, Writing writing) {
        if (!paths.add(path)) {
            throw new IllegalStateException("Two entries at " + path);
        }
        try {
            zip.putNextEntry(new ZipEntry(path));
            // Jackson closes what it writes to: keep the archive open.
            writing.to(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

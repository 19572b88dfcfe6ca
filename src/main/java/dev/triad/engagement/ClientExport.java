package dev.triad.engagement;

import java.io.InputStream;

/** Where a {@link PersonalData} bean writes its part of a client's export (a ZIP archive, in the privacy module). */
public interface ClientExport {

    /**
     * Adds a JSON file.
     *
     * @param path        the file's path in the archive, e.g. "goals.json"
     * @param description one line for the archive's README.txt: what the file holds
     * @param content     records, lists and maps of plain values (see {@link PersonalRows})
     */
    void json(String path, String description, Object content);

    /**
     * Adds a file as it was uploaded, read from {@code content} as it is written (call once per file: bounded memory).
     * Files need no README line of their own; describe their folder in the JSON file that lists them.
     */
    void file(String path, InputStream content);
}

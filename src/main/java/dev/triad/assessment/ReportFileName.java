package dev.triad.assessment;

import dev.triad.system.RuleViolation;

import java.util.Locale;

/** A safe name to store and serve a report file under, checked against what its bytes are. */
final class ReportFileName {

    private ReportFileName() {}

    /**
     * The last part of the browser's file name, without control, direction-override or path characters, at most 200
     * characters, ending in an extension of its type (added when it has none).
     *
     * @throws RuleViolation when the name says another kind of file than the bytes are
     */
    static String of(String original, ReportFileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Bidirectional overrides too: "invoice\u202Efdp.exe" would show as "invoiceexe.pdf".
        name = name.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069\"<>:*?|]", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "report";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean otherType = false;
        for (ReportFileType candidate : ReportFileType.values()) {
            if (candidate != type && candidate.matchesName(lower)) {
                otherType = true;
            }
        }
        if (otherType && !type.matchesName(lower)) {
            throw new RuleViolation("file", "assessment.file.name.mismatch", type.name());
        }
        String extension = type.matchesName(lower)
                ? ""
                : switch (type) {
                    case PDF -> ".pdf";
                    case PNG -> ".png";
                    case JPEG -> ".jpg";
                };
        int max = AssessmentFile.MAX_NAME - extension.length();
        if (name.length() > max) {
            int dot = name.lastIndexOf('.');
            String keptExtension = extension.isEmpty() && dot > 0 ? name.substring(dot) : "";
            name = name.substring(0, max - keptExtension.length()) + keptExtension;
        }
        return name + extension;
    }
}

package dev.triad.account;

import java.util.List;
import java.util.Locale;

/**
 * A readable summary of a browser's User-Agent header, "Chrome on Linux", for the list of a person's signed-in
 * sessions: enough to recognise one's own phone or laptop. Only names from the lists below come out, never the header
 * itself (it is the sender's to write, and could hold anything). Browsers that carry another's name in their header
 * (Edge, Opera and Samsung Internet say "Chrome", Chrome says "Safari") come before the one they imitate.
 */
final class Device {

    static final String UNKNOWN = "Unknown device";

    private record Mark(String token, String name) {}

    private static final List<Mark> BROWSERS = List.of(
            new Mark("edg/", "Edge"),
            new Mark("edga/", "Edge"),
            new Mark("edgios/", "Edge"),
            new Mark("opr/", "Opera"),
            new Mark("opera", "Opera"),
            new Mark("samsungbrowser/", "Samsung Internet"),
            new Mark("firefox/", "Firefox"),
            new Mark("fxios/", "Firefox"),
            new Mark("crios/", "Chrome"),
            new Mark("chromium/", "Chromium"),
            new Mark("chrome/", "Chrome"),
            new Mark("safari/", "Safari"));

    private static final List<Mark> SYSTEMS = List.of(
            new Mark("windows", "Windows"),
            new Mark("iphone", "iOS"),
            new Mark("ipod", "iOS"),
            new Mark("ipad", "iPadOS"),
            new Mark("android", "Android"),
            new Mark("cros ", "ChromeOS"),
            new Mark("macintosh", "macOS"),
            new Mark("mac os x", "macOS"),
            new Mark("linux", "Linux"));

    private Device() {}

    /** "Firefox on Windows", "Safari on iOS", "Android" (browser unknown), or {@link #UNKNOWN}. */
    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        // a header of several kilobytes is no browser's; read no more of it than a browser sends
        String header = userAgent.length() > 512 ? userAgent.substring(0, 512) : userAgent;
        String ua = header.toLowerCase(Locale.ROOT);
        String browser = first(BROWSERS, ua);
        String system = first(SYSTEMS, ua);
        if (browser == null && system == null) {
            return UNKNOWN;
        }
        if (browser == null) {
            return system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Mark> marks, String ua) {
        for (Mark mark : marks) {
            if (ua.contains(mark.token())) {
                return mark.name();
            }
        }
        return null;
    }
}

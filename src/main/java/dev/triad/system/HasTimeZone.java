package dev.triad.system;

import java.time.ZoneId;

/** Someone who reads and types times in a zone of their own; {@code null} means the organisation's default. */
public interface HasTimeZone {

    ZoneId timeZone();
}

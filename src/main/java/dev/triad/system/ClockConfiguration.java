package dev.triad.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** UTC by its tz database name, which forms print ("Times are in Etc/UTC") and calendar files carry as TZID. */
    static final ZoneId UTC = ZoneId.of("Etc/UTC");

    /**
     * One clock for the whole application, so that time-dependent rules can be tested, and its zone is Triad's one
     * time zone: {@code triad.time-zone}, else UTC, never the zone of the machine it runs on. Every class that needs a
     * zone asks the clock; none reads one from configuration.
     */
    @Bean
    Clock clock(@Value("${triad.time-zone:}") String zone) {
        return Clock.system(zone(zone));
    }

    static ZoneId zone(String configured) {
        if (configured == null || configured.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "triad.time-zone=" + configured.strip()
                            + " is not a time zone: use an IANA id such as Europe/Berlin, or leave it empty for UTC",
                    e);
        }
    }
}

package dev.triad.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * Links in emails and calendar files start with {@code triad.base-url}; unset, they read http://localhost:8080, which
 * works only on the machine Triad runs on. A server that others reach (any {@code server.address} but a loopback one)
 * without a base URL says so loudly at start-up, once.
 */
@Component
class BaseUrlWarning {

    private static final Logger log = LoggerFactory.getLogger(BaseUrlWarning.class);

    private final Environment environment;

    BaseUrlWarning(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfLinksWouldPointAtLocalhost() {
        warning(environment.getProperty("triad.base-url"), environment.getProperty("server.address"))
                .ifPresent(log::warn);
    }

    /** The warning for this configuration, if it deserves one: no base URL, and a server not listening on loopback only. */
    static Optional<String> warning(String baseUrl, String serverAddress) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return Optional.empty();
        }
        if (serverAddress != null && isLoopback(serverAddress)) {
            return Optional.empty();
        }
        String where = serverAddress == null || serverAddress.isBlank() ? "every network address" : serverAddress;
        return Optional.of("*** triad.base-url (TRIAD_BASE_URL) is not set, and Triad listens on " + where
                + ": every link in its emails and calendar files will read http://localhost:8080 and will not work"
                + " for anyone on another machine. Set TRIAD_BASE_URL to the address people use to reach Triad. ***");
    }

    private static boolean isLoopback(String address) {
        String host = address.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || host.startsWith("127.")
                || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }
}

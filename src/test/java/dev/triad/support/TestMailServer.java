package dev.triad.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail), on a free port chosen once when this class loads,
 * and the context initializer that points {@code spring.mail.host/port} at it. Tests share it: each
 * reads only the mail of its own (unique) recipients with {@link #to(String)}.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = freePort();
    private static GreenMail greenMail;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "triadTestMailServer", Map.of("spring.mail.host", HOST, "spring.mail.port", PORT)));
    }

    /** Starts the server if it is not running (again, after {@link #stop()}). */
    public static synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP));
        }
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    /** Stops the server: connections are refused, as during an outage. */
    public static synchronized void stop() {
        if (greenMail != null && greenMail.isRunning()) {
            greenMail.stop();
        }
    }

    /** The messages received so far for this address. */
    public static synchronized List<MimeMessage> to(String email) {
        start();
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> addressedTo(message, email))
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(a -> a instanceof InternetAddress ia
                                    && ia.getAddress().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

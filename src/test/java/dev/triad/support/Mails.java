package dev.triad.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the parts of a received email. */
public final class Mails {

    private Mails() {}

    /** A leaf part: its content type and its decoded text. */
    public record Piece(String contentType, String disposition, String filename, String text) {
        public boolean is(String type) {
            return contentType.toLowerCase(Locale.ROOT).startsWith(type);
        }
    }

    public static List<Piece> pieces(MimeMessage message) {
        List<Piece> pieces = new ArrayList<>();
        try {
            collect(message, pieces);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return pieces;
    }

    public static String text(MimeMessage message) {
        return first(message, "text/plain")
                .orElseThrow(() -> new AssertionError("no text/plain part"))
                .text();
    }

    public static String html(MimeMessage message) {
        return first(message, "text/html")
                .orElseThrow(() -> new AssertionError("no text/html part"))
                .text();
    }

    public static Optional<Piece> first(MimeMessage message, String type) {
        return pieces(message).stream().filter(p -> p.is(type)).findFirst();
    }

    /** The first link in the text that starts with {@code prefix}. */
    public static String link(String text, String prefix) {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "[^\\s\"<>]*").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No link starting with " + prefix + " in:\n" + text);
        }
        return matcher.group();
    }

    private static void collect(Part part, List<Piece> pieces) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, pieces);
            }
            return;
        }
        String text;
        if (content instanceof String s) {
            text = s;
        } else if (content instanceof InputStream in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            text = bytes.toString(StandardCharsets.UTF_8);
        } else {
            text = String.valueOf(content);
        }
        pieces.add(new Piece(part.getContentType(), part.getDisposition(), part.getFileName(), text));
    }
}

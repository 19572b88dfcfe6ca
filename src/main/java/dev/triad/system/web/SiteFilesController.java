package dev.triad.system.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The files browsers and crawlers ask every site for, answered to anyone without signing in: the icon (an SVG the
 * layout links, and the same picture as /favicon.ico for browsers that ask for that), and a robots.txt that asks
 * crawlers to stay out — Triad has nothing public to index.
 */
@Controller
class SiteFilesController {

    static final String ROBOTS = "User-agent: *\nDisallow: /\n";

    private static final MediaType ICO = MediaType.parseMediaType("image/x-icon");
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final CacheControl A_DAY =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final byte[] icon = read("site/favicon.ico");
    private final byte[] svgIcon = read("site/favicon.svg");

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(A_DAY)
                .body(ROBOTS);
    }

    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon() {
        return ResponseEntity.ok().contentType(ICO).cacheControl(A_DAY).body(icon);
    }

    @GetMapping("/favicon.svg")
    ResponseEntity<byte[]> svgFavicon() {
        return ResponseEntity.ok().contentType(SVG).cacheControl(A_DAY).body(svgIcon);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + path, e);
        }
    }
}

package dev.triad.schedule.web;

import dev.triad.account.CurrentUser;
import dev.triad.schedule.CalendarFeedService;
import dev.triad.schedule.CalendarFeedService.Answer;
import dev.triad.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A person's calendar feed: the page that makes or replaces its address (shown once, as only its hash is kept) and
 * explains how to subscribe, and the feed itself, which calendar programs fetch without signing in.
 */
@Controller
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final String baseUrl;

    CalendarFeedController(
            CalendarFeedService feeds, @Value("${triad.base-url:http://localhost:8080}") String baseUrl) {
        this.feeds = feeds;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/account/calendar")
    String page(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("madeAt", feeds.madeAt(me).orElse(null));
        return "schedule/calendar";
    }

    /** Makes or replaces the address and shows it this once (not redirected: the token is kept nowhere, not even in a flash). */
    @PostMapping("/account/calendar")
    String issue(@AuthenticationPrincipal CurrentUser me, Model model, HttpServletResponse response) {
        String token = feeds.issue(me);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String address = baseUrl + "/calendar/feed/" + token + ".ics";
        model.addAttribute("madeAt", feeds.madeAt(me).orElse(null));
        model.addAttribute("address", address);
        model.addAttribute("webcal", address.replaceFirst("^https?://", "webcal://"));
        return "schedule/calendar";
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        Answer answer = feeds.open(token, request.getRemoteAddr());
        if (answer instanceof Answer.Found found) {
            return ResponseEntity.ok()
                    .contentType(TEXT_CALENDAR)
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"triad.ics\"")
                    .body(found.ics());
        }
        if (answer instanceof Answer.TooMany tooMany) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()))
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("Too many requests for calendar feeds from this address; try again later.\n");
        }
        throw new NotFoundException("Calendar feed");
    }
}

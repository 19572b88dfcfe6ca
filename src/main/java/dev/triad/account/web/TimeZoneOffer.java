package dev.triad.account.web;

import dev.triad.account.CurrentUser;
import dev.triad.system.Zones;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The offer to read times in the browser's zone: the layout gets the signed-in person's stored zone, and the script
 * {@code static/js/time-zone.js} shows the offer when the browser's zone differs. Once the person has answered it
 * (either way), the HTTP session remembers, so it does not come back until the next sign-in.
 */
@ControllerAdvice
class TimeZoneOffer {

    /** Session attribute set once the offer has been answered in this session. */
    static final String ANSWERED = TimeZoneOffer.class.getName() + ".answered";

    private final Zones zones;

    TimeZoneOffer(Zones zones) {
        this.zones = zones;
    }

    /** The zone Triad shows the person's times in, while the offer is open; null once answered. */
    @ModelAttribute("timeZoneOffer")
    String storedZone(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
        // Only full pages show it: not form posts (they redirect) nor htmx fragments.
        if (me == null
                || me.mustChangePassword()
                || !"GET".equals(request.getMethod())
                || request.getHeader("HX-Request") != null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ANSWERED) != null) {
            return null;
        }
        return zones.of(me).getId();
    }

    static void answered(HttpServletRequest request) {
        request.getSession().setAttribute(ANSWERED, Boolean.TRUE);
    }
}

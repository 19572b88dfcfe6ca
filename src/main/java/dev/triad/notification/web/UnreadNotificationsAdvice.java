package dev.triad.notification.web;

import dev.triad.account.CurrentUser;
import dev.triad.notification.InAppNotifications;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The bell's unread count for the layout: one count query per page shown to a signed-in person. */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final InAppNotifications notifications;

    UnreadNotificationsAdvice(InAppNotifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
        // Only full pages show the bell: not form posts (they redirect) nor htmx fragments.
        if (me == null || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return null;
        }
        return notifications.unread(me.id());
    }
}

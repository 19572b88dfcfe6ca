package dev.triad.notification.web;

import dev.triad.account.CurrentUser;
import dev.triad.notification.InAppNotifications;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own notifications, behind the bell. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private static final int PAGE_SIZE = 25;

    private final InAppNotifications notifications;

    NotificationController(InAppNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications", notifications.list(me.id(), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "notification/list";
    }

    /**
     * Opens a notification: marks it read and goes to its page. A GET, so that it is a plain link
     * (open in a new tab works); marking read twice changes nothing.
     */
    @GetMapping("/{id}")
    String open(@AuthenticationPrincipal CurrentUser me, @PathVariable Long id) {
        return "redirect:" + notifications.open(me.id(), id);
    }

    @PostMapping("/read")
    String markAllRead(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(me.id());
        redirect.addFlashAttribute(
                "message", marked == 0 ? "Nothing was unread." : "All notifications marked as read.");
        return "redirect:/notifications";
    }
}

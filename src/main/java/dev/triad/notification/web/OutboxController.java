package dev.triad.notification.web;

import dev.triad.notification.Outbox;
import dev.triad.notification.OutboxStatus;
import dev.triad.system.web.FormPost;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR's outbox: every email Triad wrote, its delivery status, and sending again. HR only (SecurityConfiguration). */
@Controller
@RequestMapping("/outbox")
class OutboxController {

    private static final int PAGE_SIZE = 25;

    private final Outbox outbox;
    private final FormPost post;

    OutboxController(Outbox outbox, FormPost post) {
        this.outbox = outbox;
        this.post = post;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) OutboxStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("messages", outbox.list(status, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("mailServerConfigured", outbox.mailServerConfigured());
        return "outbox/list";
    }

    @GetMapping("/{id}")
    String message(@PathVariable Long id, Model model) {
        model.addAttribute("view", outbox.message(id));
        model.addAttribute("mailServerConfigured", outbox.mailServerConfigured());
        return "outbox/message";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable Long id, RedirectAttributes redirect) {
        if (outbox.retry(id)) {
            redirect.addFlashAttribute("message", post.text("flash.outbox.retried"));
        } else {
            redirect.addFlashAttribute("error", post.text("flash.outbox.notRetried"));
        }
        return "redirect:/outbox/" + id;
    }

    @PostMapping("/held/retry")
    String releaseHeld(RedirectAttributes redirect) {
        int released = outbox.releaseHeld();
        redirect.addFlashAttribute(
                released > 0 ? "message" : "error",
                released > 0
                        ? post.text("flash.outbox.released", String.valueOf(released))
                        : post.text("flash.outbox.nothingHeld"));
        return "redirect:/outbox";
    }
}

package dev.triad.account.web;

import dev.triad.account.CurrentUser;
import dev.triad.account.SignedInSessions;
import dev.triad.account.SignedInSessions.OpenSession;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person's own signed-in sessions: which devices are signed in as them, and ending the ones they do not want. */
@Controller
@RequestMapping("/account/sessions")
class SignedInSessionsController {

    private final SignedInSessions sessions;
    private final FormPost post;

    SignedInSessionsController(SignedInSessions sessions, FormPost post) {
        this.sessions = sessions;
        this.post = post;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.of(me, currentSessionId(request)));
        return "account/sessions";
    }

    @PostMapping("/{handle}/end")
    String end(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String handle,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        OpenSession ended = sessions.end(me, handle, currentSessionId(request));
        redirect.addFlashAttribute(
                "message",
                post.text(
                        "flash.account.session.ended",
                        ended.device() == null ? post.text("account.sessions.unknownDevice") : ended.device()));
        return "redirect:/account/sessions";
    }

    @PostMapping("/end-others")
    String endOthers(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request, RedirectAttributes redirect) {
        int ended = sessions.endOthers(me, currentSessionId(request));
        redirect.addFlashAttribute(
                "message",
                switch (ended) {
                    case 0 -> post.text("flash.account.sessions.noOthers");
                    case 1 -> post.text("flash.account.sessions.othersEnded.one");
                    default -> post.text("flash.account.sessions.othersEnded", ended);
                });
        return "redirect:/account/sessions";
    }

    private static String currentSessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}

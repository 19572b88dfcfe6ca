package dev.triad.notification.web;

import dev.triad.account.CurrentUser;
import dev.triad.notification.NotificationKind;
import dev.triad.notification.NotificationPreferences;
import dev.triad.system.web.FormPost;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person chooses which reminders they get; the mandatory mails are shown, always on; only kinds that can reach them. */
@Controller
@RequestMapping("/account/notifications")
class NotificationPreferencesController {

    private final NotificationPreferences preferences;
    private final FormPost post;

    NotificationPreferencesController(NotificationPreferences preferences, FormPost post) {
        this.preferences = preferences;
        this.post = post;
    }

    /** Only what can reach this person: a leader is not offered the client's reminders, nor HR the coach's. */
    @ModelAttribute
    void kinds(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("reminderKinds", NotificationKind.remindersFor(me.roles()));
        model.addAttribute("mandatoryKinds", NotificationKind.mandatoryFor(me.roles()));
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser me, Model model) {
        ReminderForm form = new ReminderForm();
        form.setReminders(preferences.remindersFor(me.id()));
        model.addAttribute("form", form);
        return "notification/preferences";
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") ReminderForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // only an unknown kind in the post can fail to bind
            redirect.addFlashAttribute("error", post.text("flash.notification.choiceRefused"));
            return "redirect:/account/notifications";
        }
        preferences.chooseReminders(me.id(), me.roles(), form.getReminders());
        redirect.addFlashAttribute("message", post.text("flash.notification.saved"));
        return "redirect:/account/notifications";
    }
}

package dev.triad.account.web;

import dev.triad.account.Accounts;
import dev.triad.account.CurrentUser;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coach's default video meeting link, which their video sessions and meetings without a link of their own use. */
@Controller
@RequestMapping("/account/meeting-link")
class MeetingLinkController {

    private final Accounts accounts;
    private final FormPost post;

    MeetingLinkController(Accounts accounts, FormPost post) {
        this.accounts = accounts;
        this.post = post;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser me, Model model) {
        MeetingLinkForm form = new MeetingLinkForm();
        form.setMeetingLink(accounts.ownMeetingLink(me));
        model.addAttribute("form", form);
        return "account/meeting-link";
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") MeetingLinkForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> {
                    accounts.ownMeetingLink(me); // a person who is no coach gets the 403 page, not the form
                    return "account/meeting-link";
                })
                .run(
                        () -> {
                            accounts.changeOwnMeetingLink(me, form.getMeetingLink());
                            return form.getMeetingLink();
                        },
                        link -> Done.redirect("/account/meeting-link")
                                .flash(
                                        link == null || link.isBlank()
                                                ? "flash.account.meetingLink.removed"
                                                : "flash.account.meetingLink.saved"));
    }
}

package dev.triad.account.web;

import dev.triad.account.AccountLinks;
import dev.triad.account.Accounts;
import dev.triad.account.CurrentUser;
import dev.triad.account.SecondFactors;
import dev.triad.account.User;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR administrators decide who may sign in: a new invitation, deactivating and reactivating a person, and resetting
 * the second factor of someone who lost their device.
 */
@Controller
@RequestMapping("/people/{id}")
class PersonAccessController {

    private final Accounts accounts;
    private final AccountLinks links;
    private final FormPost post;
    private final SecondFactors secondFactors;

    PersonAccessController(Accounts accounts, AccountLinks links, FormPost post, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.links = links;
        this.post = post;
        this.secondFactors = secondFactors;
    }

    /** Sends a new invitation link; older ones stop working. */
    @PostMapping("/invitation")
    String resendInvitation(@PathVariable Long id, RedirectAttributes redirect) {
        User user = accounts.get(id);
        String back = "/people/" + id + "/edit";
        return post.action(
                redirect,
                () -> links.resendInvitation(id),
                Done.redirect(back).flash("flash.people.reinvited", user.getEmail()),
                back);
    }

    /** The confirmation step: what deactivating does, before it is done. */
    @GetMapping("/deactivate")
    String confirmDeactivation(
            @PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        User user = accounts.get(id);
        if (id.equals(me.id())) {
            redirect.addFlashAttribute("error", post.text("flash.people.deactivateSelf"));
            return "redirect:/people";
        }
        if (!user.isActive()) {
            redirect.addFlashAttribute("message", post.text("flash.people.alreadyDeactivated", user.getFullName()));
            return "redirect:/people";
        }
        model.addAttribute("person", user);
        return "people/deactivate";
    }

    @PostMapping("/deactivate")
    String deactivate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (id.equals(me.id())) {
            redirect.addFlashAttribute("error", post.text("flash.people.deactivateSelf"));
            return "redirect:/people";
        }
        accounts.deactivate(id);
        redirect.addFlashAttribute(
                "message",
                post.text("flash.people.deactivated", accounts.get(id).getFullName()));
        return "redirect:/people";
    }

    @PostMapping("/reactivate")
    String reactivate(@PathVariable Long id, RedirectAttributes redirect) {
        accounts.reactivate(id);
        redirect.addFlashAttribute(
                "message",
                post.text("flash.people.reactivated", accounts.get(id).getFullName()));
        return "redirect:/people";
    }

    /** The person lost their device and their recovery codes: they sign in with the password alone, and are told. */
    @PostMapping("/second-factor/reset")
    String resetSecondFactor(
            @PathVariable Long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        User user = accounts.get(id);
        String back = "/people/" + id + "/edit";
        if (id.equals(me.id())) {
            redirect.addFlashAttribute("error", post.text("flash.people.resetOwnSecondFactor"));
            return "redirect:" + back;
        }
        return post.action(
                redirect,
                () -> secondFactors.resetByHr(id, me),
                reset -> Done.redirect(back)
                        .flash(
                                reset ? "flash.people.secondFactorReset" : "flash.people.noSecondFactor",
                                user.getFullName()),
                back);
    }
}

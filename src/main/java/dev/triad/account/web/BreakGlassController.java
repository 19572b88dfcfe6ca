package dev.triad.account.web;

import dev.triad.account.Accounts;
import dev.triad.account.BreakGlassAccounts;
import dev.triad.account.User;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR keeps or withdraws an HR administrator's password sign-in in a single-sign-on-only domain (the break-glass
 * account), from the person's page.
 */
@Controller
class BreakGlassController {

    private final Accounts accounts;
    private final BreakGlassAccounts breakGlass;
    private final FormPost post;

    BreakGlassController(Accounts accounts, BreakGlassAccounts breakGlass, FormPost post) {
        this.accounts = accounts;
        this.breakGlass = breakGlass;
        this.post = post;
    }

    @PostMapping("/people/{id}/break-glass")
    String keepPasswordSignIn(@PathVariable Long id, @RequestParam boolean keep, RedirectAttributes redirect) {
        User user = accounts.get(id);
        String back = "/people/" + id + "/edit";
        return post.action(
                redirect,
                () -> breakGlass.keepPasswordSignIn(id, keep),
                Done.redirect(back)
                        .flash(
                                keep ? "flash.people.breakGlassKept" : "flash.people.breakGlassWithdrawn",
                                user.getFullName()),
                back);
    }
}

package dev.triad.account.web;

import dev.triad.account.CurrentUser;
import dev.triad.account.Passkeys;
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
 * The signed-in person's passkeys: the list, and removing one. Adding one needs the browser's WebAuthn ceremony
 * ({@code static/js/passkeys.js} with Spring Security's {@code /webauthn/register} endpoints); the page's form holds
 * the label the script sends.
 */
@Controller
@RequestMapping("/account/passkeys")
class PasskeyController {

    static final int LABEL_LENGTH = 60;

    private final Passkeys passkeys;
    private final FormPost post;

    PasskeyController(Passkeys passkeys, FormPost post) {
        this.passkeys = passkeys;
        this.post = post;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("passkeys", passkeys.of(me));
        model.addAttribute("labelLength", LABEL_LENGTH);
        return "account/passkeys";
    }

    /** Someone else's passkey, or a made-up id, is "Not found" ({@link Passkeys#remove}). */
    @PostMapping("/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, RedirectAttributes redirect) {
        return post.action(
                redirect,
                () -> passkeys.remove(me, id),
                Done.redirect("/account/passkeys").flash("flash.account.passkey.removed"),
                "/account/passkeys");
    }
}

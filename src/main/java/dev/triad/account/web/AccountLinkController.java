package dev.triad.account.web;

import dev.triad.account.AccountLinks;
import dev.triad.account.AccountLinks.Check;
import dev.triad.account.AccountLinks.Purpose;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages behind the single-use links: the invitation to choose a password, asking for a reset
 * link, and the reset itself. Reachable without signing in. A link that is forged, expired or used
 * gets a page that says so (404 or 410), never an error.
 */
@Controller
class AccountLinkController {

    private final AccountLinks links;
    private final FormPost post;

    AccountLinkController(AccountLinks links, FormPost post) {
        this.links = links;
        this.post = post;
    }

    @GetMapping("/account/invitation/{token}")
    String invitation(
            @PathVariable String token,
            @ModelAttribute("form") NewPasswordForm form,
            Model model,
            HttpServletResponse response) {
        return showForm(Purpose.INVITATION, token, model, response);
    }

    @PostMapping("/account/invitation/{token}")
    String acceptInvitation(
            @PathVariable String token,
            @Valid @ModelAttribute("form") NewPasswordForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return setPassword(Purpose.INVITATION, token, form, result, model, response, redirect);
    }

    @GetMapping("/account/password-reset")
    String resetRequestForm(@ModelAttribute("form") PasswordResetRequestForm form) {
        return "account/password-reset-request";
    }

    @PostMapping("/account/password-reset")
    String requestReset(@Valid @ModelAttribute("form") PasswordResetRequestForm form, BindingResult result) {
        if (result.hasErrors()) {
            return "account/password-reset-request";
        }
        links.requestPasswordReset(form.getEmail());
        // The same answer whether or not the email has an (active) account.
        return "redirect:/account/password-reset/sent";
    }

    @GetMapping("/account/password-reset/sent")
    String resetRequested() {
        return "account/password-reset-sent";
    }

    @GetMapping("/account/password-reset/{token}")
    String reset(
            @PathVariable String token,
            @ModelAttribute("form") NewPasswordForm form,
            Model model,
            HttpServletResponse response) {
        return showForm(Purpose.PASSWORD_RESET, token, model, response);
    }

    @PostMapping("/account/password-reset/{token}")
    String resetPassword(
            @PathVariable String token,
            @Valid @ModelAttribute("form") NewPasswordForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return setPassword(Purpose.PASSWORD_RESET, token, form, result, model, response, redirect);
    }

    private String showForm(Purpose purpose, String token, Model model, HttpServletResponse response) {
        Check check = links.check(purpose, token);
        if (!check.valid()) {
            return refused(purpose, check, model, response);
        }
        model.addAttribute("purpose", purpose);
        model.addAttribute("check", check);
        model.addAttribute("token", token);
        return "account/set-password";
    }

    private String setPassword(
            Purpose purpose,
            String token,
            NewPasswordForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(purpose, token, model, response);
        }
        Check check = links.setPassword(purpose, token, form.getNewPassword());
        if (!check.valid()) {
            return refused(purpose, check, model, response);
        }
        redirect.addFlashAttribute("message", post.text("flash.account.passwordSet"));
        return "redirect:/login";
    }

    private static String refused(Purpose purpose, Check check, Model model, HttpServletResponse response) {
        response.setStatus(
                switch (check.state()) {
                    case EXPIRED, USED -> HttpStatus.GONE.value();
                    default -> HttpStatus.NOT_FOUND.value();
                });
        model.addAttribute("purpose", purpose);
        model.addAttribute("state", check.state());
        return "account/link-refused";
    }
}

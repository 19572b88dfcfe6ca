package dev.triad.account.web;

import dev.triad.account.Accounts;
import dev.triad.account.CurrentUser;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final Accounts accounts;
    private final FormPost post;
    private final HttpSessionSecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts, FormPost post) {
        this.accounts = accounts;
        this.post = post;
    }

    @GetMapping
    String form(@ModelAttribute("form") PasswordForm form) {
        return "account/password";
    }

    @PostMapping
    String change(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && form.getNewPassword().equals(form.getCurrentPassword())) {
            result.rejectValue("newPassword", "same", "Choose a password different from the current one");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        // Hand-written rather than a FormPost flow: a wrong password is no RuleViolation, and success signs in anew.
        CurrentUser updated;
        try {
            updated = accounts.changeOwnPassword(me, form.getCurrentPassword(), form.getNewPassword());
        } catch (Accounts.WrongPasswordException e) {
            result.rejectValue("currentPassword", "wrong", e.getMessage());
            return "account/password";
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
        redirect.addFlashAttribute("message", post.text("flash.password.changed"));
        return "redirect:/";
    }
}

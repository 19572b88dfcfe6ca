package dev.triad.account.web;

import dev.triad.account.PendingSecondFactor;
import dev.triad.account.SecondFactorSignIn;
import dev.triad.account.SecondFactors;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

/**
 * The second step of signing in with a password ({@link SecondFactorSignIn}): the code of the person's app, or one of
 * their recovery codes. Reached by anyone, since nobody is signed in yet; without a password just accepted in this
 * session it sends the browser back to the sign-in page.
 */
@Controller
@RequestMapping(SecondFactorSignIn.STEP_PATH)
class SecondFactorStepController {

    private static final String PAGE = "account/second-factor-step";

    private final SecondFactorSignIn signIn;
    private final SecondFactors secondFactors;
    private final FormPost post;

    SecondFactorStepController(SecondFactorSignIn signIn, SecondFactors secondFactors, FormPost post) {
        this.signIn = signIn;
        this.secondFactors = secondFactors;
        this.post = post;
    }

    @GetMapping
    String page(
            @ModelAttribute("form") SecondFactorCodeForm form,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return signIn.pending(request).map(pending -> PAGE).orElseGet(() -> backToTheSignIn(request, redirect));
    }

    @PostMapping
    String check(
            @ModelAttribute("form") SecondFactorCodeForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<PendingSecondFactor> waiting = signIn.pending(request);
        if (waiting.isEmpty()) {
            return backToTheSignIn(request, redirect);
        }
        if (result.hasErrors()) {
            return PAGE;
        }
        if (form.getCode() == null || form.getCode().isBlank()) {
            result.rejectValue("code", "account.secondFactor.noCode", post.text("account.secondFactor.noCode"));
            return PAGE;
        }
        PendingSecondFactor pending = waiting.get();
        return switch (secondFactors.checkAtSignIn(
                pending.userId(), pending.email(), form.getCode(), request.getRemoteAddr())) {
            case THROTTLED -> {
                signIn.abandon(request);
                yield "redirect:/login?throttled";
            }
            case WRONG -> {
                result.rejectValue(
                        "code",
                        "account.secondFactor.wrongSignInCode",
                        post.text("account.secondFactor.wrongSignInCode"));
                yield PAGE;
            }
            case PASSED ->
                signIn.complete(pending, request, response)
                        .map(onwards -> "redirect:" + onwards)
                        .orElseGet(() -> {
                            redirect.addFlashAttribute("error", post.text("flash.secondFactor.refused"));
                            return "redirect:/login";
                        });
        };
    }

    private String backToTheSignIn(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "error",
                post.text(
                        signIn.hadExpired(request) ? "flash.secondFactor.expired" : "flash.secondFactor.signInFirst"));
        signIn.abandon(request);
        return "redirect:/login";
    }
}

package dev.triad.account.web;

import dev.triad.account.CurrentUser;
import dev.triad.account.NewAuthenticator;
import dev.triad.account.SecondFactors;
import dev.triad.account.SecondFactors.Check;
import dev.triad.account.SecondFactors.Status;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in person's second factor: setting up an authenticator app (a QR code drawn on the server, the key to
 * type by hand, and a first code to confirm it), the recovery codes shown once, replacing the device and turning it
 * off, each of the last two after a current code or the password. The secret being set up lives in the HTTP session
 * until the first code confirms it.
 */
@Controller
@RequestMapping("/account/second-factor")
class SecondFactorController {

    static final String NEW_AUTHENTICATOR = SecondFactorController.class.getName() + ".NEW_AUTHENTICATOR";
    /** Until when this session may set up another device in place of the current one, after proving who it is. */
    static final String REPLACING_UNTIL = SecondFactorController.class.getName() + ".REPLACING_UNTIL";

    private static final Duration REPLACE_WINDOW = Duration.ofMinutes(10);

    private final SecondFactors secondFactors;
    private final FormPost post;
    private final Clock clock;

    SecondFactorController(SecondFactors secondFactors, FormPost post, Clock clock) {
        this.secondFactors = secondFactors;
        this.post = post;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser me, Model model, HttpSession session) {
        Status status = secondFactors.status(me.id());
        if (!status.enrolled() || replacing(session)) {
            model.addAttribute("form", new SecondFactorCodeForm());
            return enrolPage(me, status, model, session);
        }
        return statusPage(status, model);
    }

    /** The QR code of the app being set up in this session; nothing (404) when none is. */
    @GetMapping("/qr.png")
    ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal CurrentUser me, HttpSession session) {
        if (!(session.getAttribute(NEW_AUTHENTICATOR) instanceof NewAuthenticator pending)
                || !pending.accountName().equals(me.email())) {
            throw new NotFoundException("QR code");
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(QrCodePng.of(pending.uri()));
    }

    /** The first code of the new app: it is set up, and the recovery codes are shown, this once. */
    @PostMapping
    String enrol(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") SecondFactorCodeForm form,
            BindingResult result,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        Status status = secondFactors.status(me.id());
        boolean replacing = status.enrolled() && replacing(session);
        if (status.enrolled() && !replacing) {
            redirect.addFlashAttribute("error", post.text("account.secondFactor.alreadyEnrolled"));
            return "redirect:/account/second-factor";
        }
        if (!(session.getAttribute(NEW_AUTHENTICATOR) instanceof NewAuthenticator pending)
                || !pending.accountName().equals(me.email())) {
            redirect.addFlashAttribute("error", post.text("flash.secondFactor.startAgain"));
            return "redirect:/account/second-factor";
        }
        if (result.hasErrors()) {
            return enrolPage(me, status, model, session);
        }
        List<String> codes;
        try {
            codes = secondFactors.enrol(me, pending, form.getCode(), replacing);
        } catch (RuleViolation e) {
            result.rejectValue("code", e.code(), post.text(e.code(), e.arguments()));
            return enrolPage(me, status, model, session);
        }
        session.removeAttribute(NEW_AUTHENTICATOR);
        session.removeAttribute(REPLACING_UNTIL);
        model.addAttribute("codes", codes);
        model.addAttribute("replaced", replacing);
        return "account/second-factor-codes";
    }

    /** A current code or the password: then this session may set up another device in place of the current one. */
    @PostMapping("/replace")
    String replace(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("replaceForm") SecondFactorProofForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Status status = secondFactors.status(me.id());
        if (!status.enrolled()) {
            redirect.addFlashAttribute("error", post.text("flash.secondFactor.none"));
            return "redirect:/account/second-factor";
        }
        if (result.hasErrors()) {
            return statusPage(status, model);
        }
        Check check = secondFactors.confirm(me, form.getProof(), request.getRemoteAddr());
        if (check != Check.PASSED) {
            refuse(check, result);
            return statusPage(status, model);
        }
        HttpSession session = request.getSession();
        session.setAttribute(REPLACING_UNTIL, clock.instant().plus(REPLACE_WINDOW));
        session.setAttribute(NEW_AUTHENTICATOR, secondFactors.newAuthenticator(me));
        redirect.addFlashAttribute("message", post.text("flash.secondFactor.replaceNow"));
        return "redirect:/account/second-factor";
    }

    /** A current code or the password, and the second factor is gone, where it is not required. */
    @PostMapping("/off")
    String turnOff(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("offForm") SecondFactorProofForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Status status = secondFactors.status(me.id());
        if (!status.enrolled()) {
            redirect.addFlashAttribute("error", post.text("flash.secondFactor.none"));
            return "redirect:/account/second-factor";
        }
        if (result.hasErrors()) {
            return statusPage(status, model);
        }
        Check check;
        try {
            check = secondFactors.turnOff(me, form.getProof(), request.getRemoteAddr());
        } catch (RuleViolation e) {
            // the page offers no such form to whom it is refused
            redirect.addFlashAttribute("error", post.text(e.code(), e.arguments()));
            return "redirect:/account/second-factor";
        }
        if (check != Check.PASSED) {
            refuse(check, result);
            return statusPage(status, model);
        }
        redirect.addFlashAttribute("message", post.text("flash.secondFactor.turnedOff"));
        return "redirect:/account";
    }

    private void refuse(Check check, BindingResult result) {
        if (check == Check.THROTTLED) {
            result.rejectValue(
                    "proof",
                    "account.secondFactor.throttled",
                    post.text("account.secondFactor.throttled", secondFactors.throttleMinutes()));
        } else {
            result.rejectValue(
                    "proof", "account.secondFactor.wrongProof", post.text("account.secondFactor.wrongProof"));
        }
    }

    private boolean replacing(HttpSession session) {
        return session.getAttribute(REPLACING_UNTIL) instanceof Instant until
                && clock.instant().isBefore(until);
    }

    private String enrolPage(CurrentUser me, Status status, Model model, HttpSession session) {
        NewAuthenticator pending = session.getAttribute(NEW_AUTHENTICATOR) instanceof NewAuthenticator kept
                        && kept.accountName().equals(me.email())
                ? kept
                : secondFactors.newAuthenticator(me);
        session.setAttribute(NEW_AUTHENTICATOR, pending);
        model.addAttribute("status", status);
        model.addAttribute("key", pending.keyForTyping());
        model.addAttribute("accountName", pending.accountName());
        model.addAttribute("issuer", NewAuthenticator.ISSUER);
        model.addAttribute("replacing", status.enrolled());
        return "account/second-factor-enrol";
    }

    private String statusPage(Status status, Model model) {
        model.addAttribute("status", status);
        if (!model.containsAttribute("replaceForm")) {
            model.addAttribute("replaceForm", new SecondFactorProofForm());
        }
        if (!model.containsAttribute("offForm")) {
            model.addAttribute("offForm", new SecondFactorProofForm());
        }
        return "account/second-factor";
    }
}

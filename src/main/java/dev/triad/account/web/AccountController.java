package dev.triad.account.web;

import dev.triad.account.Accounts;
import dev.triad.account.CurrentUser;
import dev.triad.system.Zones;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.regex.Pattern;

/** Every signed-in person's own account: who they are, the zone they read times in, and their other settings. */
@Controller
@RequestMapping("/account")
class AccountController {

    /** A path on this site to go back to: no scheme, no host, nothing a header or a redirect could read otherwise. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9/_.~?=&%-]*");

    private final Accounts accounts;
    private final Zones zones;
    private final FormPost post;
    private final HttpSessionSecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    AccountController(Accounts accounts, Zones zones, FormPost post) {
        this.accounts = accounts;
        this.zones = zones;
        this.post = post;
    }

    @GetMapping
    String account(@AuthenticationPrincipal CurrentUser me, Model model) {
        TimeZoneForm form = new TimeZoneForm();
        form.setTimeZone(me.timeZone() == null ? "" : me.timeZone().getId());
        model.addAttribute("form", form);
        return page(me, model);
    }

    @PostMapping("/time-zone")
    String changeTimeZone(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") TimeZoneForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        return post.form(result, redirect, () -> page(me, model))
                .field("timeZone", "timeZone")
                .run(() -> accounts.changeTimeZone(me, form.getTimeZone()), updated -> {
                    signInAs(updated, request, response);
                    if (form.isOffer()) {
                        TimeZoneOffer.answered(request);
                    }
                    return updated.timeZone() == null
                            ? Done.redirect("/account")
                                    .flash(
                                            "flash.account.timeZoneDefault",
                                            zones.organisation().getId())
                            : Done.redirect("/account")
                                    .flash(
                                            "flash.account.timeZone",
                                            updated.timeZone().getId());
                });
    }

    /** "Keep my zone" on the sign-in offer: it is not shown again in this session. */
    @PostMapping("/time-zone/keep")
    String keepTimeZone(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "/") String back,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!isLocalPath(back)) {
            // the page writes it; anything else did not come from the offer's form
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        TimeZoneOffer.answered(request);
        redirect.addFlashAttribute(
                "message", post.text("flash.account.timeZoneKept", zones.of(me).getId()));
        return "redirect:" + back;
    }

    private String page(CurrentUser me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("readingZone", zones.of(me));
        model.addAttribute("now", zones.now());
        return "account/account";
    }

    /** The next page reads in the new zone: the principal in this request and in the HTTP session is replaced. */
    private void signInAs(CurrentUser updated, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
    }

    /** A page of Triad's own to go back to, never another site ("//evil.example", "/\evil.example"). */
    static boolean isLocalPath(String path) {
        return LOCAL_PATH.matcher(path).matches() && !path.startsWith("//") && path.length() <= 500;
    }
}

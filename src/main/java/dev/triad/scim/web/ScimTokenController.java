package dev.triad.scim.web;

import dev.triad.account.CurrentUser;
import dev.triad.scim.ScimTokenService;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR's page of SCIM tokens: make one (shown once, on the page that answers the post: never kept for a redirect, as
 * the flash would keep it in the session, which lives in the database), list them with their last use, revoke one.
 */
@Controller
@RequestMapping("/people/scim-tokens")
class ScimTokenController {

    private final ScimTokenService tokens;
    private final FormPost post;
    private final String baseUrl;

    ScimTokenController(
            ScimTokenService tokens, FormPost post, @Value("${triad.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.post = post;
        this.baseUrl = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/scim/v2";
    }

    @GetMapping
    String list(@ModelAttribute("form") ScimTokenForm form, Model model) {
        return page(model);
    }

    @PostMapping
    String issue(
            @Valid @ModelAttribute("form") ScimTokenForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser me,
            Model model,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            model.addAttribute("issued", tokens.issue(form.getName(), me.email()));
        } catch (RuleViolation e) {
            result.rejectValue("name", e.code(), post.text(e.code(), e.arguments()));
            return page(model);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("form", new ScimTokenForm());
        return page(model);
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(@PathVariable Long tokenId, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return post.action(
                redirect,
                () -> tokens.revoke(tokenId, me.email()),
                Done.redirect("/people/scim-tokens").flash("flash.scim.token.revoked"),
                "/people/scim-tokens");
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("scimBase", baseUrl);
        return "scim/tokens";
    }
}

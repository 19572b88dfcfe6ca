package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.CoachChangeService;
import dev.triad.engagement.CoachChangeService.OpenRequest;
import dev.triad.engagement.CoachChangeService.RequestPage;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client asks HR for a different coach; HR lists the open requests and answers by reassigning, or keeps the coach
 * with an answer to the client.
 */
@Controller
class CoachChangeController {

    private final CoachChangeService requests;
    private final FormPost post;

    CoachChangeController(CoachChangeService requests, FormPost post) {
        this.requests = requests;
        this.post = post;
    }

    @GetMapping("/engagements/{id}/coach-change")
    String form(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") CoachChangeForm form,
            Model model) {
        return page(requests.page(id, me), model);
    }

    @PostMapping("/engagements/{id}/coach-change")
    String request(
            @PathVariable Long id,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") CoachChangeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> page(requests.page(id, me), model))
                .run(
                        () -> requests.request(id, form.getReason(), me),
                        Done.redirect("/engagements/" + id + "/evaluation").flash("flash.coachChange.requested"));
    }

    @GetMapping("/coach-change-requests")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("requests", requests.openRequests(me));
        return "engagement/coach-change-requests";
    }

    @GetMapping("/coach-change-requests/{requestId}/decline")
    String declineForm(
            @PathVariable Long requestId,
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") CoachChangeAnswerForm form,
            Model model) {
        return declinePage(requests.forAnswer(requestId, me), model);
    }

    @PostMapping("/coach-change-requests/{requestId}/decline")
    String decline(
            @PathVariable Long requestId,
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("form") CoachChangeAnswerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OpenRequest request = requests.forAnswer(requestId, me);
        return post.form(result, redirect, () -> declinePage(request, model))
                .run(
                        () -> requests.decline(requestId, form.getAnswer(), me),
                        Done.redirect("/coach-change-requests")
                                .flash(
                                        "flash.coachChange.declined",
                                        request.engagement().getClient().getFullName()));
    }

    private static String declinePage(OpenRequest request, Model model) {
        model.addAttribute("open", request);
        return "engagement/coach-change-decline";
    }

    private String page(RequestPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        return "engagement/coach-change";
    }
}

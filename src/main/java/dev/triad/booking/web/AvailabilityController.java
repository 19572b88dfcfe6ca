package dev.triad.booking.web;

import dev.triad.account.CurrentUser;
import dev.triad.booking.CoachAvailability;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;

/** The coach publishes when clients may book them. */
@Controller
@RequestMapping("/availability")
class AvailabilityController {

    private final CoachAvailability availability;
    private final FormPost post;

    AvailabilityController(CoachAvailability availability, FormPost post) {
        this.availability = availability;
        this.post = post;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("availability", AvailabilityForm.of(availability.mine(me)));
        return page(model);
    }

    @PostMapping
    String publish(
            @AuthenticationPrincipal CurrentUser me,
            @Valid @ModelAttribute("availability") AvailabilityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return post.form(result, redirect, () -> page(model))
                .whenInvalid(() -> availability.mine(me))
                .run(
                        () -> availability.publish(form.toAvailability(), me),
                        Done.redirect("/availability").flash("flash.booking.availability"));
    }

    private static String page(Model model) {
        model.addAttribute("weekdays", DayOfWeek.values());
        return "booking/availability";
    }
}

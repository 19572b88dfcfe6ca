package dev.triad.account.web;

import dev.triad.account.Accounts;
import dev.triad.account.Role;
import dev.triad.account.SecondFactors;
import dev.triad.account.User;
import dev.triad.system.Conflict;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR administrators create and describe people ({@link PersonAccessController}: who may sign in). */
@Controller
@RequestMapping("/people")
class PeopleController {

    private static final int PAGE_SIZE = 25;

    private final Accounts accounts;
    private final FormPost post;
    private final SecondFactors secondFactors;

    PeopleController(Accounts accounts, FormPost post, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.post = post;
        this.secondFactors = secondFactors;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String text = q.length() > 100 ? q.substring(0, 100) : q.strip();
        model.addAttribute("people", accounts.search(text, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("q", text);
        return "people/list";
    }

    @GetMapping("/new")
    String newPerson(@ModelAttribute("form") PersonForm form) {
        return "people/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, RedirectAttributes redirect) {
        checkCoachFields(form, result);
        if (result.hasErrors()) {
            return "people/form";
        }
        // Hand-written rather than a FormPost flow: a taken email is no RuleViolation but the accounts' own refusal.
        try {
            User user = accounts.create(form.toDetails(), form.getInitialPassword());
            redirect.addFlashAttribute(
                    "message",
                    form.getInitialPassword() == null
                            ? post.text("flash.people.invited", user.getFullName(), user.getEmail())
                            : post.text("flash.people.created", user.getFullName()));
            return "redirect:/people";
        } catch (Accounts.EmailTakenException e) {
            result.rejectValue("email", "taken", e.getMessage());
            return "people/form";
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        User user = accounts.get(id);
        model.addAttribute("form", PersonForm.of(user, accounts.coachProfile(id).orElse(null)));
        model.addAttribute("person", user);
        model.addAttribute("secondFactor", secondFactors.status(user));
        return "people/form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        User user = accounts.get(id);
        checkCoachFields(form, result);
        if (result.hasErrors()) {
            model.addAttribute("person", user);
            return "people/form";
        }
        // Hand-written: a taken email is no RuleViolation, and a stale save shows this page's own conflict.
        try {
            accounts.update(id, form.getVersion(), form.getProfileVersion(), form.toDetails());
        } catch (Accounts.EmailTakenException e) {
            result.rejectValue("email", "taken", e.getMessage());
            model.addAttribute("person", user);
            return "people/form";
        } catch (ObjectOptimisticLockingFailureException e) {
            // Keep what HR typed beside the person as now saved; saving again applies it.
            User current = accounts.get(id);
            PersonForm stored = PersonForm.of(current, accounts.coachProfile(id).orElse(null));
            form.setVersion(stored.getVersion());
            form.setProfileVersion(stored.getProfileVersion());
            Conflict.on("person")
                    .line("Full name", form.getFullName(), stored.getFullName())
                    .line("Email", form.getEmail(), stored.getEmail())
                    .line("Title", form.getTitle(), stored.getTitle())
                    .line("Roles", form.getRoles(), stored.getRoles())
                    .line("Time zone", form.getTimeZone(), stored.getTimeZone())
                    .line("Specialities", form.getSpecialities(), stored.getSpecialities())
                    .line("Languages", form.getLanguages(), stored.getLanguages())
                    .line("Capacity", form.getCapacity(), stored.getCapacity())
                    .show(model, response);
            model.addAttribute("person", current);
            return "people/form";
        }
        String newEmail = User.normaliseEmail(form.getEmail());
        redirect.addFlashAttribute(
                "message",
                newEmail.equals(user.getEmail())
                        ? post.text("flash.people.saved", form.getFullName())
                        : post.text("flash.people.savedNewEmail", form.getFullName(), newEmail));
        return "redirect:/people";
    }

    private static void checkCoachFields(PersonForm form, BindingResult result) {
        if (form.getRoles().contains(Role.COACH) && form.getCapacity() == null && !result.hasFieldErrors("capacity")) {
            result.rejectValue("capacity", "required", "Say how many active engagements this coach can take");
        }
    }
}

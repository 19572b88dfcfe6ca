package dev.triad.account.web;

import dev.triad.account.AccountLinks;
import dev.triad.account.Accounts;
import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.Violations;
import dev.triad.system.Conflict;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** HR administrators create, describe, deactivate and reactivate people. */
@Controller
@RequestMapping("/people")
class PeopleController {

    private static final int PAGE_SIZE = 25;

    private final Accounts accounts;
    private final AccountLinks links;
    private final Violations violations;

    PeopleController(Accounts accounts, AccountLinks links, Violations violations) {
        this.accounts = accounts;
        this.links = links;
        this.violations = violations;
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
        try {
            User user = accounts.create(form.toDetails(), form.getInitialPassword());
            redirect.addFlashAttribute("message", form.getInitialPassword() == null
                    ? user.getFullName() + " has been sent an invitation to choose a password (" + user.getEmail() + ")."
                    : user.getFullName() + " can now sign in with the one-time password you set.");
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
        return "people/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        User user = accounts.get(id);
        checkCoachFields(form, result);
        if (result.hasErrors()) {
            model.addAttribute("person", user);
            return "people/form";
        }
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
                    .line("Specialities", form.getSpecialities(), stored.getSpecialities())
                    .line("Languages", form.getLanguages(), stored.getLanguages())
                    .line("Capacity", form.getCapacity(), stored.getCapacity())
                    .show(model, response);
            model.addAttribute("person", current);
            return "people/form";
        }
        String newEmail = User.normaliseEmail(form.getEmail());
        redirect.addFlashAttribute("message", newEmail.equals(user.getEmail()) ? "Saved " + form.getFullName() + "."
                : "Saved " + form.getFullName() + ": they now sign in as " + newEmail + "; both addresses have been told.");
        return "redirect:/people";
    }

    /** Sends a new invitation link; older ones stop working. */
    @PostMapping("/{id}/invitation")
    String resendInvitation(@PathVariable Long id, RedirectAttributes redirect) {
        User user = accounts.get(id);
        try {
            links.resendInvitation(id);
            redirect.addFlashAttribute("message", "A new invitation has been sent to " + user.getEmail()
                    + "; earlier invitation links no longer work.");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", violations.message(e));
        }
        return "redirect:/people/" + id + "/edit";
    }

    /** The confirmation step: what deactivating does, before it is done. */
    @GetMapping("/{id}/deactivate")
    String confirmDeactivation(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model,
                               RedirectAttributes redirect) {
        User user = accounts.get(id);
        if (id.equals(me.id())) {
            redirect.addFlashAttribute("error", "You cannot deactivate your own account.");
            return "redirect:/people";
        }
        if (!user.isActive()) {
            redirect.addFlashAttribute("message", user.getFullName() + " is already deactivated.");
            return "redirect:/people";
        }
        model.addAttribute("person", user);
        return "people/deactivate";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (id.equals(me.id())) {
            redirect.addFlashAttribute("error", "You cannot deactivate your own account.");
            return "redirect:/people";
        }
        accounts.deactivate(id);
        redirect.addFlashAttribute("message", "Deactivated: " + accounts.get(id).getFullName() + " can no longer sign in.");
        return "redirect:/people";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable Long id, RedirectAttributes redirect) {
        accounts.reactivate(id);
        redirect.addFlashAttribute("message", "Reactivated: " + accounts.get(id).getFullName() + " can sign in again.");
        return "redirect:/people";
    }

    private static void checkCoachFields(PersonForm form, BindingResult result) {
        if (form.getRoles().contains(Role.COACH) && form.getCapacity() == null && !result.hasFieldErrors("capacity")) {
            result.rejectValue("capacity", "required", "Say how many active engagements this coach can take");
        }
    }
}

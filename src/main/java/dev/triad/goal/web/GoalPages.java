package dev.triad.goal.web;

import dev.triad.goal.CheckInEditor;
import dev.triad.goal.GoalChart;
import dev.triad.goal.GoalPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;

/** The goal pages that more than one controller renders again after a post. */
@Component
class GoalPages {

    private final Clock clock;

    GoalPages(Clock clock) {
        this.clock = clock;
    }

    /** The goal page with its chart, the check-in and leader input forms (those not posted with this request). */
    String page(GoalPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        if (!model.containsAttribute("checkIn")) {
            model.addAttribute("checkIn", CheckInForm.on(LocalDate.now(clock)));
        }
        if (!model.containsAttribute("leaderInput")) {
            model.addAttribute("leaderInput", new LeaderInputForm());
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "chart",
                GoalChart.of(page.goal(), page.checkIns(), LocaleContextHolder.getLocale(), LocalDate.now(clock)));
        return "goal/show";
    }

    String checkInForm(CheckInEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        model.addAttribute("dates", GoalChart.readerDates(LocaleContextHolder.getLocale()));
        return "goal/check-in-form";
    }

    String checkInDeletion(CheckInEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        model.addAttribute("dates", GoalChart.readerDates(LocaleContextHolder.getLocale()));
        return "goal/check-in-delete";
    }
}

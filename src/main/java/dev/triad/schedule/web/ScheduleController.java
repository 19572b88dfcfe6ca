package dev.triad.schedule.web;

import dev.triad.account.CurrentUser;
import dev.triad.schedule.Schedule;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coach's schedule across engagements (only coaches reach it: system.SecurityConfiguration). */
@Controller
class ScheduleController {

    private final Schedule schedule;

    ScheduleController(Schedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/schedule")
    String week(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "week", required = false) String week,
            Model model) {
        model.addAttribute("page", schedule.of(me, week));
        return "schedule/week";
    }
}

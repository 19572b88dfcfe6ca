package dev.triad.alignment.web;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.TimelineService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The engagement's timeline: its phase moves, alignment meetings and coaching sessions, in order. */
@Controller
@RequestMapping("/engagements/{id}")
class TimelineController {

    private final TimelineService timeline;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/timeline")
    String timeline(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("timeline", timeline.timeline(id, me));
        return "alignment/timeline";
    }
}

package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.Role;
import dev.triad.engagement.EngagementFilter;
import dev.triad.engagement.EngagementService;
import dev.triad.engagement.HomeReminders;
import dev.triad.engagement.HomeSections;
import dev.triad.engagement.Participation;
import dev.triad.engagement.Phase;
import dev.triad.programme.ProgrammeDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Each person's home page: a section for each way they take part in engagements. */
@Controller
class HomeController {

    static final int PAGE_SIZE = 20;
    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "startsOn").and(Sort.by("id"));

    private final EngagementService engagements;
    private final ProgrammeDirectory programmes;
    private final People users;
    private final ObjectProvider<HomeReminders> reminders;
    private final ObjectProvider<HomeSections> sections;

    /** {@code reminders}, {@code sections}: every module's {@link HomeReminders} and {@link HomeSections}, possibly none. */
    HomeController(
            EngagementService engagements,
            ProgrammeDirectory programmes,
            People users,
            ObjectProvider<HomeReminders> reminders,
            ObjectProvider<HomeSections> sections) {
        this.engagements = engagements;
        this.programmes = programmes;
        this.users = users;
        this.reminders = reminders;
        this.sections = sections;
    }

    @GetMapping("/")
    String home(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) Long programme,
            @RequestParam(required = false) Phase phase,
            @RequestParam(required = false) Long coach,
            @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "reminders",
                reminders
                        .orderedStream()
                        .flatMap(source -> source.remindersFor(me).stream())
                        .toList());
        model.addAttribute(
                "sections",
                sections.orderedStream()
                        .flatMap(source -> source.sectionsFor(me).stream())
                        .toList());
        if (me.has(Role.HR_ADMIN)) {
            EngagementFilter filter = new EngagementFilter(programme, phase, coach, unassigned);
            model.addAttribute("filter", filter);
            model.addAttribute(
                    "all", engagements.listForHr(filter, PageRequest.of(Math.max(0, page), PAGE_SIZE, NEWEST_FIRST)));
            model.addAttribute("programmes", programmes.findAllInOrder());
            model.addAttribute("coaches", users.namesOfActiveWithRole(Role.COACH));
            model.addAttribute("phases", Phase.values());
        }
        PageRequest first = PageRequest.of(0, 50, NEWEST_FIRST);
        if (me.has(Role.COACH)) {
            model.addAttribute("coaching", engagements.listFor(me, Participation.COACH, false, first));
            model.addAttribute(
                    "coachingClosed",
                    engagements.listFor(me, Participation.COACH, true, PageRequest.of(0, PAGE_SIZE, NEWEST_FIRST)));
        }
        if (me.has(Role.LEADER)) {
            model.addAttribute("leading", engagements.listFor(me, Participation.LEADER, first));
        }
        if (me.has(Role.CLIENT)) {
            model.addAttribute("mine", engagements.listFor(me, Participation.CLIENT, first));
        }
        return "engagement/home";
    }
}

package dev.triad.booking.web;

import dev.triad.account.CurrentUser;
import dev.triad.booking.BookingService;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.FormPost.Done;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The client books a free time of their coach. */
@Controller
@RequestMapping("/engagements/{id}/sessions/book")
class BookingController {

    private final BookingService booking;
    private final FormPost post;

    BookingController(BookingService booking, FormPost post) {
        this.booking = booking;
        this.post = post;
    }

    @GetMapping
    String slots(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("slots", booking.freeSlots(id, me));
        return "booking/slots";
    }

    @PostMapping
    String book(
            @PathVariable Long id,
            @RequestParam(required = false) String start,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return post.action(
                redirect,
                () -> booking.book(id, parse(start), me),
                session -> Done.redirect("/engagements/" + id + "/sessions/" + session.getId())
                        .flash("flash.booking.booked"),
                "/engagements/" + id + "/sessions/book");
    }

    /** The slot's start as the page posts it (an ISO instant); anything else is none, which the service refuses. */
    private static Instant parse(String start) {
        try {
            return start == null ? null : Instant.parse(start.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package dev.triad.alignment;

import dev.triad.account.CurrentUser;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the meeting page's forms carry, for tests that post them: the versions the page showed. */
final class MeetingPageForms {

    private MeetingPageForms() {}

    /** The current outcome's id and version, the meeting's version, and each posted checklist item's version. */
    static RequestPostProcessor asSeen(
            AlignmentService alignment, CurrentUser viewer, Long engagementId, Long meetingId) {
        return request -> {
            var page = alignment.page(engagementId, meetingId, viewer);
            page.current().ifPresent(o -> {
                request.addParameter("outcomeId", String.valueOf(o.getId()));
                request.addParameter("outcomeVersion", String.valueOf(o.getVersion()));
            });
            request.addParameter("version", String.valueOf(page.meeting().getVersion()));
            for (int i = 0; i < page.agenda().size(); i++) {
                String id = request.getParameter("items[" + i + "].id");
                for (AgendaItem item : page.agenda()) {
                    if (id != null && item.getId().toString().equals(id)) {
                        request.addParameter("items[" + i + "].version", String.valueOf(item.getVersion()));
                    }
                }
            }
            return request;
        };
    }
}

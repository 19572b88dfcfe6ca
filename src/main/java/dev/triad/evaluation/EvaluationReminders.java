package dev.triad.evaluation;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.engagement.CoachChangeService;
import dev.triad.engagement.HomeReminder;
import dev.triad.engagement.HomeReminders;
import dev.triad.engagement.Pending;
import dev.triad.impact.ImpactMeasureService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * What evaluation asks of people on their home page: the client, an open partnership check-in; client and
 * leader, an unanswered close-out survey; HR, the open requests for another coach; the coach, engagements of
 * proactive programmes still without impact measures. One query per role; no answer or reason is quoted.
 */
@Component
@Order(3)
@Transactional(readOnly = true)
class EvaluationReminders implements HomeReminders {

    private final PartnershipCheckIns checkIns;
    private final CloseOutSurveys surveys;
    private final CoachChangeService requests;
    private final ImpactMeasureService measures;

    EvaluationReminders(
            PartnershipCheckIns checkIns,
            CloseOutSurveys surveys,
            CoachChangeService requests,
            ImpactMeasureService measures) {
        this.checkIns = checkIns;
        this.surveys = surveys;
        this.requests = requests;
        this.measures = measures;
    }

    @Override
    public List<HomeReminder> remindersFor(CurrentUser me) {
        List<HomeReminder> reminders = new ArrayList<>();
        if (me.has(Role.CLIENT)) {
            for (Pending p : checkIns.openForClient(me.id())) {
                reminders.add(new HomeReminder(
                        "A partnership check-in is waiting: is your coaching working for you?",
                        "Answer it",
                        "/engagements/" + p.engagementId() + "/check-ins/" + p.itemId()));
            }
        }
        if (me.has(Role.CLIENT) || me.has(Role.LEADER)) {
            for (Pending p : surveys.unansweredFor(me.id())) {
                reminders.add(new HomeReminder(
                        p.clientName() + "’s coaching is completed: the close-out survey is waiting for your answer.",
                        "Answer the survey",
                        "/engagements/" + p.engagementId() + "/close-out"));
            }
        }
        if (me.isHr()) {
            List<Pending> open = requests.allOpen();
            if (!open.isEmpty()) {
                reminders.add(new HomeReminder(
                        open.size() == 1
                                ? open.get(0).clientName() + " asked for a different coach."
                                : open.size() + " clients asked for a different coach.",
                        "Review the requests",
                        "/coach-change-requests"));
            }
        }
        if (me.has(Role.COACH)) {
            for (Pending p : measures.missingForCoach(me.id())) {
                reminders.add(new HomeReminder(
                        p.clientName() + "’s engagement is in a proactive programme and has no impact measures yet.",
                        "Record the measures agreed in alignment",
                        "/engagements/" + p.engagementId() + "/evaluation"));
            }
        }
        return reminders;
    }
}

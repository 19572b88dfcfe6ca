package dev.triad.demo;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.account.Users;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.MeetingKind;
import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.TimelineService;
import dev.triad.engagement.PhaseFacts;
import dev.triad.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's alignment story on a database of its own: loaded once after the organisation, never twice. */
@SpringBootTest(properties = "triad.demo.enabled=true")
class AlignmentDemoIntegrationTest {

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        String url = TestDatabase.createFreshDatabase();
        registry.add("spring.datasource.url", () -> url);
    }

    @Autowired
    Users users;

    @Autowired
    AlignmentService alignment;

    @Autowired
    ProgressReportService reports;

    @Autowired
    TimelineService timeline;

    @Autowired
    AlignmentDemo demo;

    @Autowired
    JdbcTemplate jdbc;

    CurrentUser principal(String email) {
        User user = users.findWithRoles(users.findByEmail(email).orElseThrow().getId())
                .orElseThrow();
        return new CurrentUser(user.getId(), user.getEmail(), user.getFullName(), user.getRoles(), true, false, "");
    }

    @Test
    void theDemoClientHasAConfirmedInitialMeetingReportsFeedbackAndAMidPointMeetingToCome() throws Exception {
        CurrentUser leader = principal("leader@demo.triad");
        Long id = jdbc.queryForObject(
                "select e.id from engagement e join app_user c on c.id = e.client_id where c.email = 'client@demo.triad'",
                Long.class);
        var meetings = alignment.list(id, leader);
        assertThat(meetings.meetings())
                .extracting(AlignmentMeeting::getKind)
                .containsExactly(MeetingKind.INITIAL, MeetingKind.MID_POINT);
        AlignmentMeeting initial = meetings.meetings().get(0);
        assertThat(meetings.outcomeOf(initial).isConfirmed()).isTrue();
        assertThat(meetings.upcoming()).extracting(AlignmentMeeting::getKind).containsExactly(MeetingKind.MID_POINT);
        assertThat(alignment.phaseFacts(id)).isEqualTo(new PhaseFacts(true, false));

        var page = reports.page(id, leader);
        assertThat(page.sent()).hasSize(2);
        assertThat(page.sent().get(0).isUnread()).isTrue();
        assertThat(page.sent().get(1).isUnread()).isFalse();
        assertThat(page.feedback()).hasSize(1);
        assertThat(page.nextDue()).isAfter(java.time.LocalDate.now());
        assertThat(page.sharedGoals()).hasSizeGreaterThanOrEqualTo(2); // the impact demo adds goals of its own

        assertThat(timeline.timeline(id, principal("hr@demo.triad")).entries())
                .extracting(e -> e.title())
                .contains("Moved from Intake to Assessment", "Moved from Alignment to Coaching");

        long before = jdbc.queryForObject("select count(*) from alignment_meeting", Long.class);
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from alignment_meeting", Long.class))
                .isEqualTo(before);
    }
}

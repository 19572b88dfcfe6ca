package dev.triad.engagement;

import dev.triad.account.User;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.system.Numbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The coach's home page lists open engagements and closed ones apart: a closed one shows the hours it used, with no
 * "Low" warning and no negative remainder (the issue's "−2 of 8 h" beside a closed engagement).
 */
@IntegrationTest
class CoachHomeKeepsClosedEngagementsApartIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    HoursLedger ledger;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aClosedEngagementIsListedApartWithTheHoursItUsedAndNoLowWarning() throws Exception {
        Triad open = fixtures.aTriad();
        User coach = open.coach();
        Engagement closed = fixtures.anEngagement().withCoach(coach).build();
        BigDecimal overUsed = closed.getContractedHours().add(new BigDecimal("2"));
        ledger.adjust(closed.getId(), overUsed, "Extra sessions agreed", fixtures.principal(fixtures.hr()));
        new Activity(context).close(closed.getId(), PhaseMoved.Closure.COMPLETED);

        String home = mvc.perform(get("/").with(fixtures.as(coach)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String openSection = section(home, "coaching");
        String closedSection = section(home, "coaching-closed");
        assertThat(openSection)
                .contains("/engagements/" + open.id() + "\"")
                .doesNotContain("/engagements/" + closed.getId() + "\"");
        assertThat(closedSection)
                .contains("/engagements/" + closed.getId() + "\"")
                .doesNotContain("/engagements/" + open.id() + "\"")
                .doesNotContain(">Low<")
                .doesNotContain("-2")
                .doesNotContain("−2")
                .contains(Numbers.plain(overUsed) + " of " + Numbers.plain(closed.getContractedHours()) + " h used");
    }

    /** The markup of the home page's {@code <div id="…">} section, up to the next section. */
    private static String section(String html, String id) {
        Matcher start = Pattern.compile("<div[^>]*id=\"" + id + "\"").matcher(html);
        assertThat(start.find()).as("section #" + id).isTrue();
        int from = start.start();
        int next = html.indexOf("class=\"mb-5\" id=\"", from + 10);
        return html.substring(from, next < 0 ? html.length() : next);
    }
}

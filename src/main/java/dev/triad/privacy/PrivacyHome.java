package dev.triad.privacy;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.engagement.HomeSection;
import dev.triad.engagement.HomeSections;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Home page lines for data rights, after every other section: a client's link to download their data, and HR's count of
 * closed engagements past the retention period (only when there are some; the page itself is in the navigation).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PrivacyHome implements HomeSections {

    record HrLine(long due, String period) {}

    private final Retention retention;
    private final RetentionProperties properties;

    PrivacyHome(Retention retention, RetentionProperties properties) {
        this.retention = retention;
        this.properties = properties;
    }

    @Override
    public List<HomeSection> sectionsFor(CurrentUser me) {
        List<HomeSection> sections = new ArrayList<>();
        if (me.isHr()) {
            long due = retention.dueCount();
            if (due > 0) {
                sections.add(new HomeSection("privacy/home-hr", new HrLine(due, properties.text())));
            }
        }
        if (me.has(Role.CLIENT)) {
            sections.add(new HomeSection("privacy/home-client", Boolean.TRUE));
        }
        return sections;
    }
}

package dev.triad.account.web;

import dev.triad.system.Zones;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.ZoneId;
import java.util.List;

/** The zones a person may choose, and the organisation's default, for the pages that set a person's zone. */
@ControllerAdvice(assignableTypes = {AccountController.class, PeopleController.class})
class ZoneChoices {

    private final Zones zones;

    ZoneChoices(Zones zones) {
        this.zones = zones;
    }

    @ModelAttribute("zoneChoices")
    List<ZoneId> zoneChoices() {
        return zones.choices();
    }

    @ModelAttribute("organisationZone")
    String organisationZone() {
        return zones.organisation().getId();
    }
}

package dev.triad.account.web;

import dev.triad.account.SingleSignOnProviders;
import dev.triad.account.Users;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

@Controller
class LoginController {

    static final List<String> DEMO_LOGINS =
            List.of("hr@demo.triad", "coach@demo.triad", "client@demo.triad", "leader@demo.triad");

    private final Users users;
    private final SingleSignOnProviders ssoProviders;
    private final boolean demoEnabled;

    private final long throttleMinutes;

    LoginController(
            Users users,
            SingleSignOnProviders ssoProviders,
            @Value("${triad.demo.enabled:false}") boolean demoEnabled,
            @Value("${triad.sign-in.throttle-window:PT15M}") java.time.Duration throttleWindow) {
        this.users = users;
        this.ssoProviders = ssoProviders;
        this.demoEnabled = demoEnabled;
        this.throttleMinutes = throttleWindow.toMinutes();
    }

    @GetMapping("/login")
    String login(Model model) {
        boolean showDemo = demoEnabled && users.emailTaken(DEMO_LOGINS.get(0));
        model.addAttribute("demoLogins", showDemo ? DEMO_LOGINS : List.of());
        model.addAttribute("throttleMinutes", throttleMinutes);
        model.addAttribute("ssoProviders", ssoProviders.all());
        return "account/login";
    }
}

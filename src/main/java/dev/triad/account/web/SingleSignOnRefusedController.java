package dev.triad.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a refused single sign-on lands: why, in the person's words, from what the sign-in flashed (the reason, the
 * provider's name and the email it gave). Opened again later it says only that single sign-on did not sign them in.
 */
@Controller
class SingleSignOnRefusedController {

    @GetMapping("/login/sso-refused")
    String refused() {
        return "account/sso-refused";
    }
}

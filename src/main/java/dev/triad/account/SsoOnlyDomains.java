package dev.triad.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The email domains whose people sign in through their organisation's identity provider only
 * ({@code triad.sso.sso-only-domains}, comma-separated, e.g. {@code example.com}): their password sign-in is refused,
 * unless HR kept it for them as a break-glass HR administrator ({@link User#isBreakGlass()}). A listed domain covers
 * itself only, not its subdomains. Read as {@code @ssoOnlyDomains} by HR's person page.
 */
@Component("ssoOnlyDomains")
public class SsoOnlyDomains {

    private final Set<String> domains;

    SsoOnlyDomains(@Value("${triad.sso.sso-only-domains:}") List<String> domains) {
        this.domains = domains.stream()
                .filter(Objects::nonNull)
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .map(domain -> domain.startsWith("@") ? domain.substring(1) : domain)
                .filter(domain -> !domain.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether any domain is single sign-on only. */
    public boolean any() {
        return !domains.isEmpty();
    }

    /** Whether {@code email}'s domain signs in by single sign-on only. */
    public boolean covers(String email) {
        String domain = domainOf(email);
        return domain != null && domains.contains(domain);
    }

    /** The part after the last {@code @}, lower-cased; null when there is none. */
    static String domainOf(String email) {
        if (email == null) {
            return null;
        }
        String normalised = User.normaliseEmail(email);
        int at = normalised.lastIndexOf('@');
        return at < 0 || at == normalised.length() - 1 ? null : normalised.substring(at + 1);
    }
}

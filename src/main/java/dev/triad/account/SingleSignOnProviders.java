package dev.triad.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The identity providers people may sign in with, as configured (none, unless some are): the sign-in page's buttons. */
@Component
public class SingleSignOnProviders {

    /** One provider: its registration id (in its addresses) and the name people know it by. */
    public record Provider(String registrationId, String displayName) {

        /** Where its "Sign in with …" button leads: Triad sends the browser on to the provider from there. */
        public String signInPath() {
            return "/oauth2/authorization/" + registrationId;
        }
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SingleSignOnProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    /** Every provider configured for signing in, by display name; empty when single sign-on is not configured. */
    public List<Provider> all() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            for (Object each : configured) {
                if (each instanceof ClientRegistration registration
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
                    providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        providers.sort(Comparator.comparing(Provider::displayName, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(providers);
    }
}

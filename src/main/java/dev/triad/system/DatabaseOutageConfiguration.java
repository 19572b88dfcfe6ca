package dev.triad.system;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    /** First of all filters, so that it also answers when the session filter cannot load the session. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() throws IOException {
        String page = new ClassPathResource("templates/error/503.html").getContentAsString(StandardCharsets.UTF_8);
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(page));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Right after the outage filter, before the session and security filters: no sign-in is looked at until ready. */
    @Bean
    FilterRegistrationBean<StartingUpFilter> startingUpFilter(ApplicationAvailability availability) throws IOException {
        String page = new ClassPathResource("templates/error/starting.html").getContentAsString(StandardCharsets.UTF_8);
        FilterRegistrationBean<StartingUpFilter> registration =
                new FilterRegistrationBean<>(new StartingUpFilter(availability, page));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}

package dev.triad.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** One clock for the whole application, so that time-dependent rules can be tested. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

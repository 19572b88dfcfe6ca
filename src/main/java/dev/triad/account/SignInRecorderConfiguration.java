package dev.triad.account;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class SignInRecorderConfiguration {

    /** Right after the security filters: by then the request's principal is known, however the person signed in. */
    @Bean
    FilterRegistrationBean<SignInRecorder> signInRecorder(Users users, TransactionTemplate transactions, Clock clock) {
        FilterRegistrationBean<SignInRecorder> registration =
                new FilterRegistrationBean<>(new SignInRecorder(users, transactions, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}

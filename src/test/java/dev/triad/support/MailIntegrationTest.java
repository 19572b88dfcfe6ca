package dev.triad.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Like {@link IntegrationTest}, with a mail server: Triad sends to the test JVM's GreenMail
 * ({@link TestMailServer}). Every such test shares one context. Scheduled jobs are off in tests:
 * call {@code OutboxSender.sendDue()} to deliver.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(Fixtures.class)
@ContextConfiguration(initializers = TestMailServer.class)
public @interface MailIntegrationTest {}

package dev.triad.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class BaseUrlWarningUnitTest {

    @Test
    void aServerOthersCanReachWithoutABaseUrlIsWarnedAbout() {
        assertThat(BaseUrlWarning.warning(null, null))
                .hasValueSatisfying(
                        w -> assertThat(w).contains("TRIAD_BASE_URL").contains("localhost:8080"));
        assertThat(BaseUrlWarning.warning("  ", "0.0.0.0")).isPresent();
        assertThat(BaseUrlWarning.warning(null, "10.0.0.7")).isPresent();
        assertThat(BaseUrlWarning.warning(null, "triad.example.org")).isPresent();
    }

    @Test
    void aBaseUrlOrALoopbackOnlyServerNeedsNoWarning() {
        assertThat(BaseUrlWarning.warning("https://triad.example.org", null)).isEmpty();
        assertThat(BaseUrlWarning.warning("http://localhost:8080", "0.0.0.0")).isEmpty(); // chosen on purpose
        for (String loopback : new String[] {"127.0.0.1", "localhost", "::1", "[::1]", "127.0.1.1"}) {
            assertThat(BaseUrlWarning.warning(null, loopback)).as(loopback).isEmpty();
        }
    }

    @Test
    void theWarningIsLoggedAtStartUp(CapturedOutput output) {
        new BaseUrlWarning(new MockEnvironment()).warnIfLinksWouldPointAtLocalhost();
        assertThat(output.getAll()).contains("WARN").contains("triad.base-url (TRIAD_BASE_URL) is not set");

        int before = output.getAll().length();
        new BaseUrlWarning(new MockEnvironment().withProperty("triad.base-url", "https://triad.example.org"))
                .warnIfLinksWouldPointAtLocalhost();
        new BaseUrlWarning(new MockEnvironment().withProperty("server.address", "127.0.0.1"))
                .warnIfLinksWouldPointAtLocalhost();
        assertThat(output.getAll().substring(before)).doesNotContain("TRIAD_BASE_URL");
    }
}

package dev.triad.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The User-Agent headers of the browsers people use, read as "browser on system"; anything else as little as known. */
class DeviceUnitTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
                        + "|Chrome on Linux",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 "
                        + "Safari/537.36|Chrome on Linux",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                        + "Safari/537.36 Edg/131.0.2903.70|Edge on Windows",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0|Firefox on Windows",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Version/18.1 Safari/605.1.15|Safari on macOS",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Version/18.1 Mobile/15E148 Safari/604.1|Safari on iOS",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1|Chrome on iOS",
                "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 "
                        + "Mobile/15E148 Safari/604.1|Safari on iPadOS",
                "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36|Samsung Internet on Android",
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                        + "Mobile Safari/537.36|Chrome on Android",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                        + "Safari/537.36 OPR/115.0.0.0|Opera on Windows",
                "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                        + "Safari/537.36|Chrome on ChromeOS",
                "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0|Firefox on Linux",
                "Mozilla/5.0 (Linux; Android 14)|Android",
                "Java-http-client/17.0.13|Unknown device",
                "<script>alert(1)</script>|Unknown device",
            })
    void aUserAgentReadsAsBrowserOnSystem(String userAgent, String expected) {
        assertThat(Device.describe(userAgent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void noHeaderIsAnUnknownDevice(String userAgent) {
        assertThat(Device.describe(userAgent)).isEqualTo(Device.UNKNOWN);
        assertThat(Device.describe(null)).isEqualTo(Device.UNKNOWN);
    }

    @org.junit.jupiter.api.Test
    void onlyKnownNamesComeOutWhateverTheHeaderHolds() {
        String hostile = "Firefox/1 " + "x".repeat(10_000) + " Windows";
        assertThat(Device.describe(hostile)).isEqualTo("Firefox");
        assertThat(Device.describe("Mozilla/5.0 (Windows NT 10.0) Firefox/133.0 \u0000<b>"))
                .isEqualTo("Firefox on Windows");
    }
}

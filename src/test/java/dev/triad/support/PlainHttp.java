package dev.triad.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without a browser, for tests that talk to real Triad instances over HTTP: signs in through the login form
 * and carries the session cookie (TRIAD_SESSION) by hand, so one cookie can be shown to several instances.
 */
public final class PlainHttp {

    private static final Pattern COOKIE = Pattern.compile("TRIAD_SESSION=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A signed-in session: its cookie, and a CSRF token of that session for posting forms. */
    public record SignedIn(String cookie, String csrf) {}

    public HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (cookie != null) {
            request.header("Cookie", "TRIAD_SESSION=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form ({@code name, value, name, value …}) with the session cookie; returns the status. */
    public int post(int port, String path, String cookie, String... pairs) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Cookie", "TRIAD_SESSION=" + cookie)
                                .POST(HttpRequest.BodyPublishers.ofString(form(pairs)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Signs in through the login form; the CSRF token comes from {@code formPath}, a page of the signed-in session. */
    public SignedIn signIn(int port, String email, String password, String formPath) throws Exception {
        HttpResponse<String> page = get(port, "/login", null);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "TRIAD_SESSION=" + cookieOf(page))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form("email", email, "password", password, "_csrf", csrfOf(page))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String cookie = cookieOf(login);
        HttpResponse<String> form = get(port, formPath, cookie);
        assertThat(form.statusCode()).isEqualTo(200);
        return new SignedIn(cookie, csrfOf(form));
    }

    public static String cookieOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(COOKIE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&")
                    .append(pairs[i])
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}

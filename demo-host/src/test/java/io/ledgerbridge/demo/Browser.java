package io.ledgerbridge.demo;

import io.ledgerbridge.api.ui.UiContribution;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that signs in and submits host forms with the session's CSRF token. */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"" + UiContribution.CSRF_PARAMETER + "\" value=\"([^\"]+)\"");

    private final String root;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    Browser(int port) {
        this.root = "http://127.0.0.1:" + port;
    }

    Browser signIn(String user) throws IOException, InterruptedException {
        HttpResponse<String> response = signIn(user, "/");
        if (response.statusCode() != 302) {
            throw new IllegalStateException("sign-in as " + user + " answered " + response.statusCode());
        }
        return this;
    }

    /** Signs in from the sign-in page's own form (with its CSRF token), asking to go to {@code next} afterwards. */
    HttpResponse<String> signIn(String user, String next) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/signin").body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        return postWithoutToken("/signin", Map.of("user", user, "next", next, UiContribution.CSRF_PARAMETER,
                token.group(1)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Submits a form with the CSRF token of the current session, as the page's own form would. */
    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/").body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the home page; not signed in?");
        }
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put(UiContribution.CSRF_PARAMETER, token.group(1));
        return postWithoutToken(path, withToken);
    }

    HttpResponse<String> postWithoutToken(String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

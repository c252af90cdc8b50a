package io.ledgerbridge.qbo.testing;

import io.ledgerbridge.api.sync.AuthorizationCallback;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
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

/**
 * Plays the administrator's browser on the sandbox's authorisation page: opens the URL the connector built, submits
 * the page's own form with a company picked and Connect (or Cancel) pressed, and reads the redirect back.
 */
public final class SandboxBrowser {
    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * @param authorizationUrl what beginConnect returned
     * @param realmId the company to pick
     * @param connect Connect (true) or Cancel (false)
     * @return the callback as the host's redirect page would build it (no company switch confirmed)
     */
    public AuthorizationCallback authorize(URI authorizationUrl, String realmId, boolean connect) throws IOException,
            InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(authorizationUrl).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("authorize page answered " + page.statusCode() + ": " + page.body());
        }
        Matcher form = FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no form on the authorize page: " + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), unescape(hidden.group(2)));
        }
        fields.put("realmId", realmId);
        fields.put("action", connect ? "connect" : "cancel");
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(authorizationUrl.resolve(form.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (back.statusCode() != 302) {
            throw new IllegalStateException("Connect answered " + back.statusCode() + ": " + back.body());
        }
        String location = back.headers().firstValue("Location").orElseThrow();
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return new AuthorizationCallback(query.get("code"), query.get("state"), query.get("realmId"),
                query.get("error"), query.get("error_description"), false);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}

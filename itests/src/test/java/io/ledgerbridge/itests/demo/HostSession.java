package io.ledgerbridge.itests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one cookie jar for the demo host (its session) and the local QuickBooks' authorize page,
 * redirects seen and followed by the test, and the forms of a page read back as their fields.
 */
final class HostSession {
    private static final Pattern CSRF = Pattern.compile("name=\"ledgerbridge_csrf\" value=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option\\b[^>]*\\bvalue=\"([^\"]*)\"[^>]*\\bselected");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null,
            CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * @param url an absolute URL
     * @return the answer, redirects not followed
     */
    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param url an absolute URL
     * @param form the fields, sent as {@code application/x-www-form-urlencoded}
     * @return the answer, redirects not followed
     */
    HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param answer a 302 answer
     * @return its {@code Location}, made absolute against the request's URL
     */
    static String redirect(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("a redirect from %s; body:%n%s", answer.uri(), answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return answer.uri().resolve(location).toString();
    }

    /**
     * @param html a host page
     * @return the session's CSRF token printed in its forms
     */
    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page:%n%s", html).isTrue();
        return m.group(1);
    }

    /**
     * @param html a page
     * @param action the form's {@code action} attribute
     * @return every named field of that form with the value a browser would send (inputs and selected options;
     *     buttons and unchecked radios left out)
     */
    static Map<String, String> form(String html, String action) {
        int start = html.indexOf("action=\"" + action + "\"");
        assertThat(start).as("a form posting to %s on the page:%n%s", action, html).isNotNegative();
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name != null && !("radio".equals(type) && !attributes.contains(" checked"))) {
                fields.put(name, unescape(attribute(attributes, "value")));
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            Matcher selected = SELECTED.matcher(select.group(2));
            fields.put(select.group(1), selected.find() ? unescape(selected.group(1)) : "");
        }
        return fields;
    }

    /**
     * @param html a page
     * @param action the form's {@code action} attribute
     * @return the fields of that form as a browser sends them: repeated names kept, checkboxes only when checked
     */
    static List<Map.Entry<String, String>> fields(String html, String action) {
        int start = html.indexOf("action=\"" + action + "\"");
        assertThat(start).as("a form posting to %s on the page:%n%s", action, html).isNotNegative();
        String form = html.substring(start, html.indexOf("</form>", start));
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            boolean choice = "radio".equals(type) || "checkbox".equals(type);
            if (name != null && (!choice || attributes.contains(" checked"))) {
                fields.add(Map.entry(name, unescape(attribute(attributes, "value"))));
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            Matcher selected = SELECTED.matcher(select.group(2));
            fields.add(Map.entry(select.group(1), selected.find() ? unescape(selected.group(1)) : ""));
        }
        return fields;
    }

    /**
     * @param url an absolute URL
     * @param fields the form's fields in order, names may repeat
     * @return the answer, redirects not followed
     */
    HttpResponse<String> post(String url, List<Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        String body = fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html == null ? "" : html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

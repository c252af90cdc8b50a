package io.ledgerbridge.ui.testing;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as the host dispatches it (the host's attributes set) and the response a page writes, for driving the
 * pages' servlets without a server. Only what the pages use is answered.
 */
public final class FakeHttp {
    public static final TenantId TENANT = TenantId.of("demo");
    public static final HostUser ADMIN = new HostUser("admin", "Ada <Admin>", null, TENANT, true);
    public static final HostUser CLERK = new HostUser("clerk", "Carl Clerk", null, TENANT, false);
    public static final String CSRF = "tok\"en";

    private final String method;
    private final String pathInfo;
    private final Map<String, List<String>> params = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new HashMap<>();

    /** What the page answered. */
    public static final class Answer {
        public int status = 200;
        public String error;
        public String redirect;
        public String contentType;
        public final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        public String body() {
            return body + bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private FakeHttp(String method, String pathInfo, HostUser user) {
        this.method = method;
        this.pathInfo = pathInfo;
        if (user != null) {
            attributes.put(UiContribution.ATTR_USER, user);
        }
        attributes.put(UiContribution.ATTR_CSRF_TOKEN, CSRF);
        attributes.put(UiContribution.ATTR_MOUNT_PATH, "/ledgerbridge/quickbooks");
        attributes.put(UiContribution.ATTR_HOST_URL, "http://127.0.0.1:8080");
        attributes.put(UiContribution.ATTR_SESSION_ID, "s1");
        attributes.put(UiContribution.ATTR_RECORD_URL_PATTERN, "/{type}s/{id}");
    }

    public static FakeHttp get(String pathInfo, HostUser user) {
        return new FakeHttp("GET", pathInfo, user);
    }

    public static FakeHttp post(String pathInfo, HostUser user) {
        return new FakeHttp("POST", pathInfo, user);
    }

    public FakeHttp param(String name, String... values) {
        params.put(name, new ArrayList<>(List.of(values)));
        return this;
    }

    public FakeHttp attribute(String name, Object value) {
        attributes.put(name, value);
        return this;
    }

    public Answer send(HttpServlet servlet) {
        Answer answer = new Answer();
        try {
            servlet.service(request(), response(answer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return answer;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> pathInfo;
                    case "getAttribute" -> attributes.get((String) a[0]);
                    case "setAttribute" -> attributes.put((String) a[0], a[1]);
                    case "removeAttribute" -> attributes.remove((String) a[0]);
                    case "getParameter" -> params.containsKey((String) a[0]) ? params.get((String) a[0]).get(0) : null;
                    case "getParameterValues" -> params.containsKey((String) a[0])
                            ? params.get((String) a[0]).toArray(String[]::new) : null;
                    case "getHeader" -> null;
                    case "getProtocol" -> "HTTP/1.1";
                    case "getDateHeader" -> -1L;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    case "toString" -> method + " " + pathInfo;
                    default -> throw new UnsupportedOperationException("request." + m.getName());
                });
    }

    private HttpServletResponse response(Answer answer) {
        PrintWriter writer = new PrintWriter(answer.body);
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                answer.bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "setStatus" -> answer.status = (Integer) a[0];
                        case "getStatus" -> {
                            return answer.status;
                        }
                        case "sendError" -> {
                            answer.status = (Integer) a[0];
                            answer.error = a.length > 1 ? (String) a[1] : null;
                        }
                        case "sendRedirect" -> {
                            answer.status = 302;
                            answer.redirect = (String) a[0];
                        }
                        case "setContentType" -> answer.contentType = (String) a[0];
                        case "getContentType" -> {
                            return answer.contentType;
                        }
                        case "setHeader", "addHeader" -> answer.headers.put((String) a[0], (String) a[1]);
                        case "getWriter" -> {
                            return writer;
                        }
                        case "getOutputStream" -> {
                            return out;
                        }
                        case "setCharacterEncoding", "flushBuffer" -> {
                            return null;
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(p);
                        }
                        default -> throw new UnsupportedOperationException("response." + m.getName());
                    }
                    return null;
                });
    }
}

package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.demo.host.DemoHost;
import io.ledgerbridge.demo.host.books.RecordNotFoundException;
import io.ledgerbridge.demo.host.events.RecentEvents;
import io.ledgerbridge.demo.host.store.StoreException;
import io.ledgerbridge.demo.host.ui.ContributionDispatcher;
import io.ledgerbridge.demo.host.ui.ContributionRegistry;
import io.ledgerbridge.demo.host.ui.HttpProblem;
import io.ledgerbridge.demo.host.ui.SignedIn;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole host UI, on the servlet whiteboard at {@code /*}: sign-in, the session and its CSRF token, the host's
 * screens, and the contributed LedgerBridge pages under {@code /ledgerbridge/{label}}. Every POST, the host's own
 * forms included, must carry the session's CSRF token.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/*")
public final class HostServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HostServlet.class);
    private static final String SIGNED_IN = "demo.signedIn";
    private static final String SIGN_IN_TOKEN = "demo.signInToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient DemoHost host;
    private final transient ContributionRegistry registry;
    private final transient RecentEvents events;
    private final transient Templates templates;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<AccountingConnector> connectors;

    private transient HostPages pages;
    private transient Map<String, RecordScreens> records;
    private transient SystemScreens system;

    /**
     * @param host the demo host
     * @param registry the contributed pages and panels
     * @param events the events seen on the bus
     * @param templates the host's page templates
     */
    @Activate
    public HostServlet(@Reference DemoHost host, @Reference ContributionRegistry registry,
            @Reference RecentEvents events, @Reference Templates templates) {
        this.host = host;
        this.registry = registry;
        this.events = events;
        this.templates = templates;
    }

    @Override
    public void init() {
        pages = new HostPages(host, registry, new ContributionDispatcher(registry, host.hostUrl()), new Chrome(registry, templates),
                events, () -> connectors == null ? List.of() : List.copyOf(connectors), getServletContext());
        records = List.of(new CustomerScreens(pages), new ProjectScreens(pages), new InvoiceScreens(pages),
                new ExpenseScreens(pages)).stream().collect(Collectors.toMap(RecordScreens::path, Function.identity()));
        system = new SystemScreens(pages);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        SignedIn who = signedIn(request);
        try {
            if (request.getMethod().equals("GET") && !canonicalHost(request)) {
                // One host name for cookies and the OAuth redirect URI: localhost and 127.0.0.1 do not share cookies.
                response.sendRedirect(host.hostUrl() + request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
                return;
            }
            if (path.equals("/signin")) {
                signIn(request, response);
                return;
            }
            if (who == null) {
                if (request.getMethod().equals("GET")) {
                    String next = request.getRequestURI() + (request.getQueryString() == null ? ""
                            : "?" + request.getQueryString());
                    response.sendRedirect("/signin?next=" + Formats.url(next));
                    return;
                }
                throw new HttpProblem(HttpServletResponse.SC_FORBIDDEN,
                        "You are not signed in (or your session ended). Sign in and submit the form again.");
            }
            if (request.getMethod().equals("POST") && !csrfMatches(request, who)) {
                throw new HttpProblem(HttpServletResponse.SC_FORBIDDEN, "This form was not accepted: its security "
                        + "token (" + UiContribution.CSRF_PARAMETER + ") is missing or does not belong to your session. "
                        + "Reload the page and submit it again.");
            }
            route(new Exchange(request, response, who, pages), request, response, path);
        } catch (HttpProblem e) {
            problem(request, response, who, e.status(), e.getMessage());
        } catch (RecordNotFoundException e) {
            problem(request, response, who, HttpServletResponse.SC_NOT_FOUND, e.getMessage() + ".");
        } catch (StoreException e) {
            LOG.error("Database failure on {} {}", request.getMethod(), path, e);
            problem(request, response, who, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage()
                    + ". Nothing was changed; try again, and check the host's log if it persists.");
        } catch (ServletException | RuntimeException e) {
            LOG.error("Failure on {} {}", request.getMethod(), path, e);
            problem(request, response, who, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "The page failed: " + e.getMessage() + ". The host's log has the details.");
        }
    }

    private void route(Exchange ex, HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException, ServletException {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        if (path.startsWith(ContributionDispatcher.MOUNT_ROOT) && segments.size() >= 2) {
            String label = segments.get(1);
            String mount = ContributionDispatcher.MOUNT_ROOT + label;
            String pathInfo = path.length() > mount.length() ? path.substring(mount.length()) : null;
            var fragment = pages.dispatcher().page(request, response, getServletContext(), ex.who(), label, pathInfo);
            if (fragment.isPresent()) {
                ex.page(HttpServletResponse.SC_OK, "contributed.ftlh", Map.of("title", fragment.get().title(),
                        "html", fragment.get().html()));
            }
            return;
        }
        String first = segments.isEmpty() ? "" : segments.get(0);
        boolean get = !ex.isPost();
        if (first.equals("signout") && ex.isPost()) {
            request.getSession().invalidate();
            response.sendRedirect("/signin");
        } else if (first.isEmpty() && get) {
            system.home(ex);
        } else if (records.containsKey(first)) {
            records.get(first).handle(ex, segments.subList(1, segments.size()));
        } else if (first.equals("notifications") && get) {
            system.notifications(ex);
        } else if (first.equals("events") && get) {
            system.events(ex);
        } else if (first.equals("connector") && get) {
            system.connector(ex);
        } else {
            throw new HttpProblem(HttpServletResponse.SC_NOT_FOUND, "There is no page at " + path + ".");
        }
    }

    /**
     * Sign-in carries a CSRF token too, kept in a session of its own before anyone is signed in, so another site cannot
     * sign a visitor in as a user of its choosing; signing in then starts a fresh session (no session fixation).
     */
    private void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = SameSitePath.orHome(request.getParameter("next"));
        boolean post = request.getMethod().equals("POST");
        if (post && !signInTokenMatches(request)) {
            throw new HttpProblem(HttpServletResponse.SC_FORBIDDEN, "This sign-in form was not accepted: its security "
                    + "token (" + UiContribution.CSRF_PARAMETER + ") is missing or does not belong to your browser "
                    + "session. Open the sign-in page again and sign in from it.");
        }
        if (post) {
            HostUser user = DemoUsers.find(request.getParameter("user")).orElse(null);
            if (user != null) {
                request.getSession().invalidate(); // a fresh session id at sign-in: no session fixation
                request.getSession(true).setAttribute(SIGNED_IN, new SignedIn(user, token(), token()));
                LOG.info("{} signed in to tenant {}", user.userId(), user.tenant());
                response.sendRedirect(next);
                return;
            }
        }
        HttpSession session = request.getSession(true);
        if (!(session.getAttribute(SIGN_IN_TOKEN) instanceof String)) {
            session.setAttribute(SIGN_IN_TOKEN, token());
        }
        pages.chrome().write(response, post ? 422 : 200, null, "/signin", "signin.ftlh",
                Map.of("users", DemoUsers.all(), "next", next, "refused", post, "csrfParameter",
                        UiContribution.CSRF_PARAMETER, "csrfToken", session.getAttribute(SIGN_IN_TOKEN)), null);
    }

    private static boolean signInTokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(UiContribution.CSRF_PARAMETER);
        Object expected = session == null ? null : session.getAttribute(SIGN_IN_TOKEN);
        return sent != null && expected instanceof String token && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private boolean canonicalHost(HttpServletRequest request) {
        String expected = java.net.URI.create(host.hostUrl()).getAuthority();
        String actual = request.getHeader("Host");
        return actual == null || actual.equalsIgnoreCase(expected);
    }

    private static SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getAttribute(SIGNED_IN) instanceof SignedIn s ? s : null;
    }

    private static boolean csrfMatches(HttpServletRequest request, SignedIn who) {
        String sent = request.getParameter(UiContribution.CSRF_PARAMETER);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                who.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, SignedIn who, int status,
            String message) throws IOException {
        if (response.isCommitted()) {
            LOG.warn("Could not show '{}' for {}: the response was already sent", message, request.getRequestURI());
            return;
        }
        response.resetBuffer();
        String title = switch (status) {
            case HttpServletResponse.SC_FORBIDDEN -> "Not allowed";
            case HttpServletResponse.SC_NOT_FOUND -> "Not found";
            default -> "Something went wrong";
        };
        pages.chrome().write(response, status, who, request.getRequestURI(), "problem.ftlh",
                Map.of("title", title, "message", message), null);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package io.ledgerbridge.ui.page;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What the host put into a dispatched request (see {@link UiContribution}), read in one place. A request without
 * a host user did not come through the host's dispatcher and is refused.
 *
 * @param user the signed-in user
 * @param csrfToken the token every form must carry
 * @param mountPath where this page is mounted, e.g. {@code /ledgerbridge/quickbooks}
 * @param hostUrl the host's root URL, e.g. {@code http://127.0.0.1:8080}
 * @param sessionId the user's host session id
 * @param recordUrlPattern where the host shows a record ({@link UiContribution#ATTR_RECORD_URL_PATTERN}), or
 *        {@code ""} when the host does not say
 */
public record PageRequest(HostUser user, String csrfToken, String mountPath, String hostUrl, String sessionId,
        String recordUrlPattern) {

    /**
     * @param request the dispatched request
     * @return what the host passed
     * @throws NotDispatchedException when the host's attributes are missing
     */
    public static PageRequest of(HttpServletRequest request) {
        Object user = request.getAttribute(UiContribution.ATTR_USER);
        if (!(user instanceof HostUser hostUser)) {
            throw new NotDispatchedException();
        }
        return new PageRequest(hostUser, text(request, UiContribution.ATTR_CSRF_TOKEN),
                text(request, UiContribution.ATTR_MOUNT_PATH), text(request, UiContribution.ATTR_HOST_URL),
                text(request, UiContribution.ATTR_SESSION_ID), text(request, UiContribution.ATTR_RECORD_URL_PATTERN));
    }

    private static String text(HttpServletRequest request, String attribute) {
        Object value = request.getAttribute(attribute);
        return value == null ? "" : value.toString();
    }

    /** @return the user's tenant */
    public TenantId tenant() {
        return user.tenant();
    }

    /**
     * The path of another page of the same contributor, which the host mounts beside this one
     * ({@code /ledgerbridge/quickbooks} → {@code /ledgerbridge/oauth}).
     *
     * @param label the other page's label
     * @return its mount path
     */
    public String siblingPath(String label) {
        int slash = mountPath.lastIndexOf('/');
        return (slash < 0 ? "" : mountPath.substring(0, slash)) + "/" + label;
    }

    /** @return the name of the form field carrying the CSRF token */
    public String csrfParameter() {
        return UiContribution.CSRF_PARAMETER;
    }

    /**
     * Refuses a POST whose {@link UiContribution#CSRF_PARAMETER} is not the session's token, with 403 and the reason.
     *
     * @param request the POST
     * @param response its response
     * @return whether it was refused
     * @throws IOException when the refusal cannot be sent
     */
    public boolean refusedForgery(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sent = request.getParameter(UiContribution.CSRF_PARAMETER);
        // Constant-time comparison: the token must not leak through timing.
        if (csrfToken.isEmpty() || !MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8),
                (sent == null ? "" : sent).getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The form is out of date or "
                    + "was not sent from this page (CSRF token missing or wrong): reload the page and try again");
            return true;
        }
        return false;
    }

    /** Thrown when a request reached a page without passing through the host's dispatcher. */
    public static final class NotDispatchedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotDispatchedException() {
            super("This page is served through the host's settings pages only");
        }
    }
}

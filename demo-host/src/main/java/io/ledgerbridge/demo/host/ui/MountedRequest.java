package io.ledgerbridge.demo.host.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as a contributed servlet sees it: mounted at {@code /ledgerbridge/{label}} (its servlet path) with the
 * rest of the URL as path info. A record panel sees a GET without path info whatever the screen's request was.
 */
final class MountedRequest extends HttpServletRequestWrapper {
    private final String servletPath;
    private final String pathInfo;
    private final String method;
    private final String requestUri;

    MountedRequest(HttpServletRequest request, String servletPath, String pathInfo, String method, String requestUri) {
        super(request);
        this.servletPath = servletPath;
        this.pathInfo = pathInfo;
        this.method = method;
        this.requestUri = requestUri;
    }

    @Override
    public String getContextPath() {
        return "";
    }

    @Override
    public String getServletPath() {
        return servletPath;
    }

    @Override
    public String getPathInfo() {
        return pathInfo;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getRequestURI() {
        return requestUri;
    }
}

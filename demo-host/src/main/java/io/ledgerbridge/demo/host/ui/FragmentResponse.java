package io.ledgerbridge.demo.host.ui;

import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Lets a contributed servlet answer as it likes and keeps back only an HTML fragment for the host to wrap. The
 * decision is taken when the servlet first asks for its body stream: status 200, {@code text/html} and no
 * {@link UiContribution#HEADER_STANDALONE} header mean "fragment" (buffered here); anything else (a redirect, an error,
 * JSON, a download, a standalone page) goes straight to the client. So a servlet must set its status, content type
 * and headers before writing, as the Servlet specification already asks.
 */
public final class FragmentResponse extends HttpServletResponseWrapper {
    private final boolean alwaysCapture;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Boolean capturing;
    private int status = SC_OK;
    private Long contentLength;
    private PrintWriter writer;
    private ServletOutputStream stream;

    /**
     * @param response the real response
     * @param alwaysCapture whether to keep every answer back (record panels never reach the client directly)
     */
    public FragmentResponse(HttpServletResponse response, boolean alwaysCapture) {
        super(response);
        this.alwaysCapture = alwaysCapture;
    }

    /** @return whether the servlet produced an HTML fragment for the host to wrap */
    public boolean isFragment() {
        return decide() && status == SC_OK && isHtml();
    }

    /** @return the answer's status */
    public int status() {
        return status;
    }

    /** @return the buffered fragment (empty when passed through) */
    public String fragment() {
        if (writer != null) {
            writer.flush();
        }
        String type = getContentType();
        Charset charset = StandardCharsets.UTF_8;
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.contains("charset=")) {
            try {
                charset = Charset.forName(type.substring(lower.indexOf("charset=") + 8).strip());
            } catch (IllegalArgumentException e) {
                charset = StandardCharsets.UTF_8;
            }
        }
        return buffer.toString(charset);
    }

    private boolean isHtml() {
        String type = getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    private boolean decide() {
        if (capturing == null) {
            capturing = alwaysCapture
                    || (status == SC_OK && isHtml() && !containsHeader(UiContribution.HEADER_STANDALONE));
            if (!capturing && contentLength != null) {
                super.setContentLengthLong(contentLength);
            }
        }
        return capturing;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        if (capturing == null || !capturing) {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        if (alwaysCapture) {
            capturing = true;
            return;
        }
        capturing = false;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        if (alwaysCapture) {
            capturing = true;
            return;
        }
        capturing = false;
        super.sendRedirect(location);
    }

    @Override
    public void setContentLength(int len) {
        setContentLengthLong(len);
    }

    @Override
    public void setContentLengthLong(long len) {
        contentLength = len;
        if (capturing != null && !capturing) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (isContentLength(name)) {
            setContentLengthLong(Long.parseLong(value.strip()));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (isContentLength(name)) {
            setContentLengthLong(Long.parseLong(value.strip()));
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (isContentLength(name)) {
            setContentLengthLong(value);
        } else {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (isContentLength(name)) {
            setContentLengthLong(value);
        } else {
            super.addIntHeader(name, value);
        }
    }

    /** A fragment's length is not the page's: the length goes through only when the answer does. */
    private static boolean isContentLength(String name) {
        return "Content-Length".equalsIgnoreCase(name);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!decide()) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!decide()) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a host-wrapped fragment is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (capturing != null && !capturing) {
            super.flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return capturing != null && !capturing && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
        if (capturing != null && !capturing) {
            super.resetBuffer();
        }
    }

    @Override
    public void reset() {
        buffer.reset();
        status = SC_OK;
        if (capturing != null && !capturing) {
            super.reset();
        } else {
            capturing = null;
            writer = null;
            stream = null;
        }
    }
}

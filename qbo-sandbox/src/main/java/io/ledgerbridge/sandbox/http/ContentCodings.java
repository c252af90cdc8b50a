package io.ledgerbridge.sandbox.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * HTTP content codings: undoes a request body's {@code Content-Encoding} (gzip, deflate, identity) and compresses a
 * response as {@code Accept-Encoding} asks. Intuit's Java SDK sends {@code Content-Encoding: gzip} on every request,
 * bodiless GETs included, so an empty body is empty whatever its coding says.
 */
public final class ContentCodings {
    /** The largest request body accepted once decompressed; Intuit's own limit for a batch is far below it. */
    public static final int MAX_BODY = 32 * 1024 * 1024;

    private ContentCodings() {
    }

    /**
     * @param contentEncoding the request's Content-Encoding header, or null
     * @param body the body as received
     * @return the body with every coding undone, in reverse order of application
     * @throws HttpRefusal 415 for a coding other than gzip, deflate or identity; 400 for a body that does not decode;
     *     413 for a body that decodes to more than {@link #MAX_BODY} bytes
     */
    public static byte[] decode(String contentEncoding, byte[] body) {
        if (contentEncoding == null || contentEncoding.isBlank() || body.length == 0) {
            return body;
        }
        List<String> codings = List.of(contentEncoding.split(","));
        byte[] out = body;
        for (int i = codings.size() - 1; i >= 0; i--) {
            String coding = codings.get(i).trim().toLowerCase(Locale.ROOT);
            out = switch (coding) {
                case "identity", "" -> out;
                case "gzip", "x-gzip" -> gunzip(out);
                case "deflate" -> inflate(out);
                default -> throw new HttpRefusal(415, "Unsupported Media Type", "Content-Encoding '" + coding
                        + "' is not supported: send the body as gzip, deflate or without a Content-Encoding");
            };
        }
        return out;
    }

    /** The coding to answer with: gzip or deflate, whichever {@code Accept-Encoding} rates higher (gzip on a tie), else null. */
    public static String choose(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return null;
        }
        double gzip = 0;
        double deflate = 0;
        double any = 0;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String name = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(pieces);
            switch (name) {
                case "gzip", "x-gzip" -> gzip = Math.max(gzip, q);
                case "deflate" -> deflate = Math.max(deflate, q);
                case "*" -> any = q;
                default -> {
                    // identity, br, zstd...: served uncompressed unless gzip or deflate is also acceptable
                }
            }
        }
        if (gzip == 0 && deflate == 0 && any > 0 && !acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            gzip = any;
        }
        if (gzip > 0 && gzip >= deflate) {
            return "gzip";
        }
        return deflate > 0 ? "deflate" : null;
    }

    /** {@code body} compressed with {@code coding} (gzip or deflate, the zlib format HTTP means by it). */
    public static byte[] encode(String coding, byte[] body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (var out = "gzip".equals(coding) ? new GZIPOutputStream(buffer) : new DeflaterOutputStream(buffer)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return readLimited(in);
        } catch (ZipException | java.io.EOFException e) {
            throw corrupt("gzip", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] inflate(byte[] body) {
        try {
            return inflate(body, false);
        } catch (DataFormatException zlib) {
            // some clients send raw DEFLATE without the zlib wrapper RFC 9110 asks for; accept both, as servers do
            try {
                return inflate(body, true);
            } catch (DataFormatException raw) {
                throw corrupt("deflate", raw);
            }
        }
    }

    private static byte[] inflate(byte[] body, boolean raw) throws DataFormatException {
        Inflater inflater = new Inflater(raw);
        try {
            inflater.setInput(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
            byte[] chunk = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the deflate stream ends early");
                }
                out.write(chunk, 0, n);
                checkSize(out.size());
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            out.write(chunk, 0, n);
            checkSize(out.size());
        }
        return out.toByteArray();
    }

    private static void checkSize(int size) {
        if (size > MAX_BODY) {
            throw new HttpRefusal(413, "Request Entity Too Large", "the decompressed body is larger than "
                    + MAX_BODY + " bytes: send smaller requests (a batch holds at most 30 items)");
        }
    }

    private static HttpRefusal corrupt(String coding, Exception e) {
        return new HttpRefusal(400, "Bad Request", "the body is not valid " + coding + " data (" + e.getMessage()
                + "): compress it as its Content-Encoding says, or leave the header out");
    }
}

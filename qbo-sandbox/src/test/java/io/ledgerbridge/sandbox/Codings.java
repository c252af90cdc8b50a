package io.ledgerbridge.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

/** Compresses and decompresses with the JDK alone, as a client would, independently of the sandbox's own codec. */
final class Codings {
    private Codings() {
    }

    static byte[] gzip(String text) {
        return compress(text, GZIPOutputStream::new);
    }

    /** The zlib-wrapped DEFLATE that HTTP's "deflate" means. */
    static byte[] zlib(String text) {
        return compress(text, DeflaterOutputStream::new);
    }

    /** Raw DEFLATE without the zlib wrapper, as some clients send it. */
    static byte[] rawDeflate(String text) {
        return compress(text, out -> new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true)));
    }

    static String gunzip(byte[] body) {
        return decompress(body, GZIPInputStream::new);
    }

    static String inflate(byte[] body) {
        return decompress(body, InflaterInputStream::new);
    }

    private interface Wrap<T, R> {
        R wrap(T stream) throws IOException;
    }

    private static byte[] compress(String text, Wrap<OutputStream, OutputStream> wrap) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = wrap.wrap(buffer)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static String decompress(byte[] body, Wrap<InputStream, InputStream> wrap) {
        try (InputStream in = wrap.wrap(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

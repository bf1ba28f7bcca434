package dev.faqbot.discord.standin;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Discord's zlib-stream transport compression: one zlib stream per connection, each payload deflated with a sync
 * flush, so every message ends with the bytes {@code 00 00 FF FF} and the client inflates it with the same
 * context as all before it.
 */
final class ZlibStream {

    private final Deflater deflater = new Deflater();

    /** The compressed bytes of one payload; the caller sends them in order, on one connection. */
    synchronized byte[] deflate(byte[] payload) {
        deflater.setInput(payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length / 2 + 16);
        byte[] buffer = new byte[8_192];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length);
        return out.toByteArray();
    }

    /** Whether the first {@code length} bytes end with the sync-flush marker that ends a whole message. */
    static boolean endsWithFlush(byte[] bytes, int length) {
        return length >= 4 && bytes[length - 4] == 0 && bytes[length - 3] == 0 && bytes[length - 2] == (byte) 0xFF
                && bytes[length - 1] == (byte) 0xFF;
    }
}

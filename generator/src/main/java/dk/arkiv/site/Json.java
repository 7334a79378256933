package dk.arkiv.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes JSON (RFC 8259) from maps, {@link JsonObject}s, lists, strings, numbers, booleans and
 * optionals (their value or null), keys in the order given.
 * The characters < > & are written as \\u escapes, so the text is safe inside an HTML script element.
 */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        Sink sink = new Sink(null);
        write(value, sink);
        return sink.buffer.toString();
    }

    /**
     * Writes the value to a stream in UTF-8, a part at a time: open data of decades of meetings
     * would take hundreds of megabytes as one text.
     */
    public static void write(Object value, OutputStream out) throws IOException {
        streamed(out, sink -> write(value, sink));
    }

    /** Writes the object without its closing brace, so that more members can follow it. */
    public static void writeOpen(JsonObject object, OutputStream out) throws IOException {
        streamed(out, sink -> writeMembers(object.members(), sink));
    }

    private static void streamed(OutputStream out, Consumer<Sink> writing) throws IOException {
        Sink sink = new Sink(out);
        try {
            writing.accept(sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.flush();
    }

    /**
     * Where JSON is written: a buffer, emptied into a stream whenever it holds more than a chunk,
     * between two values; without a stream, everything stays in the buffer.
     */
    private static final class Sink {
        private static final int CHUNK = 64 * 1024;
        final StringBuilder buffer;
        private final OutputStream stream;

        Sink(OutputStream stream) {
            this.stream = stream;
            this.buffer = stream == null ? new StringBuilder() : new StringBuilder(CHUNK + CHUNK / 4);
        }

        void flushWhenFull() {
            if (stream != null && buffer.length() >= CHUNK) {
                try {
                    flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        void flush() throws IOException {
            stream.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
    }

    private static void write(Object value, Sink sink) {
        StringBuilder out = sink.buffer;
        if (value instanceof java.util.Optional<?> optional) {
            write(optional.orElse(null), sink);
        } else if (value instanceof JsonObject object) {
            write(object.members(), sink);
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            writeMembers(map, sink);
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), sink);
                sink.flushWhenFull();
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    /** An object's opening brace and members, without the closing brace. */
    private static void writeMembers(Map<?, ?> map, Sink sink) {
        StringBuilder out = sink.buffer;
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(String.valueOf(entry.getKey()), out);
            out.append(':');
            write(entry.getValue(), sink);
        }
    }

    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        string(text, out);
        return out.toString();
    }

    /** Appends the text as a JSON string. */
    public static StringBuilder append(StringBuilder out, String text) {
        string(text, out);
        return out;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Whether a character below 128 needs an escape: control characters, quote, backslash, and < > &. */
    private static final boolean[] ESCAPED_ASCII = new boolean[128];

    static {
        for (char c = 0; c < 0x20; c++) {
            ESCAPED_ASCII[c] = true;
        }
        for (char c : "\"\\<>&".toCharArray()) {
            ESCAPED_ASCII[c] = true;
        }
    }

    /**
     * Runs of characters that need no escape are copied whole: most text has none at all. The
     * characters are scanned in an array, which costs a fraction of a call to charAt per character.
     */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        char[] chars = text.toCharArray();
        int run = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 128 ? !ESCAPED_ASCII[c] : c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(chars, run, i - run);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                        .append(HEX[c & 15]);
            }
        }
        out.append(chars, run, chars.length - run);
        out.append('"');
    }
}

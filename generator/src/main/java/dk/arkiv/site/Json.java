package dk.arkiv.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        return new String(sink.bytes, 0, sink.length, StandardCharsets.UTF_8);
    }

    /** The value's JSON in UTF-8 and a newline: a data file's bytes, made without a string between. */
    public static byte[] line(Object value) {
        Sink sink = new Sink(null);
        write(value, sink);
        sink.ascii('\n');
        return Arrays.copyOf(sink.bytes, sink.length);
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
     * Where JSON is written: UTF-8 bytes in a growing array, emptied into a stream whenever it
     * holds more than a chunk, between two values; without a stream, everything stays in the
     * array. Text is encoded as it is escaped, in one pass over its characters, rather than
     * escaped into a string and encoded again.
     */
    private static final class Sink {
        private static final int CHUNK = 64 * 1024;
        private final OutputStream stream;
        byte[] bytes = new byte[1024];
        int length;
        private char[] chars = new char[256];

        Sink(OutputStream stream) {
            this.stream = stream;
        }

        void flushWhenFull() {
            if (stream != null && length >= CHUNK) {
                try {
                    flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        void flush() throws IOException {
            stream.write(bytes, 0, length);
            length = 0;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        void ascii(char c) {
            room(1);
            bytes[length++] = (byte) c;
        }

        void ascii(String text) {
            room(text.length());
            for (int i = 0; i < text.length(); i++) {
                bytes[length++] = (byte) text.charAt(i);
            }
        }

        /** The text as a JSON string in UTF-8, as String.getBytes would encode it (a lone surrogate as '?'). */
        void string(String text) {
            int n = text.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            text.getChars(0, n, chars, 0);
            // At most six bytes a character (an escape), and the quotes.
            room(6 * n + 2);
            byte[] out = bytes;
            int at = length;
            out[at++] = '"';
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (c < 128) {
                    if (!ESCAPED_ASCII[c]) {
                        out[at++] = (byte) c;
                    } else {
                        at = escape(c, out, at);
                    }
                } else if (c < 0x800) {
                    out[at++] = (byte) (0xc0 | c >> 6);
                    out[at++] = (byte) (0x80 | c & 0x3f);
                } else if (c == '\u2028' || c == '\u2029') {
                    at = escape(c, out, at);
                } else if (!Character.isSurrogate(c)) {
                    out[at++] = (byte) (0xe0 | c >> 12);
                    out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                    out[at++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                    int code = Character.toCodePoint(c, chars[++i]);
                    out[at++] = (byte) (0xf0 | code >> 18);
                    out[at++] = (byte) (0x80 | code >> 12 & 0x3f);
                    out[at++] = (byte) (0x80 | code >> 6 & 0x3f);
                    out[at++] = (byte) (0x80 | code & 0x3f);
                } else {
                    out[at++] = '?';
                }
            }
            out[at++] = '"';
            length = at;
        }

        private static int escape(char c, byte[] out, int at) {
            out[at++] = '\\';
            switch (c) {
                case '"' -> out[at++] = '"';
                case '\\' -> out[at++] = '\\';
                case '\n' -> out[at++] = 'n';
                case '\r' -> out[at++] = 'r';
                case '\t' -> out[at++] = 't';
                default -> {
                    out[at++] = 'u';
                    out[at++] = (byte) HEX[c >> 12];
                    out[at++] = (byte) HEX[(c >> 8) & 15];
                    out[at++] = (byte) HEX[(c >> 4) & 15];
                    out[at++] = (byte) HEX[c & 15];
                }
            }
            return at;
        }
    }

    private static void write(Object value, Sink sink) {
        if (value instanceof java.util.Optional<?> optional) {
            write(optional.orElse(null), sink);
        } else if (value instanceof JsonObject object) {
            write(object.members(), sink);
        } else if (value == null) {
            sink.ascii("null");
        } else if (value instanceof String text) {
            sink.string(text);
        } else if (value instanceof Number || value instanceof Boolean) {
            sink.ascii(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            writeMembers(map, sink);
            sink.ascii('}');
        } else if (value instanceof List<?> list) {
            sink.ascii('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sink.ascii(',');
                }
                write(list.get(i), sink);
                sink.flushWhenFull();
            }
            sink.ascii(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    /** An object's opening brace and members, without the closing brace. */
    private static void writeMembers(Map<?, ?> map, Sink sink) {
        sink.ascii('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                sink.ascii(',');
            }
            first = false;
            sink.string(String.valueOf(entry.getKey()));
            sink.ascii(':');
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

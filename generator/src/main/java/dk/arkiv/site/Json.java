package dk.arkiv.site;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON (RFC 8259) from maps, {@link JsonObject}s, lists, strings, numbers, booleans and
 * optionals (their value or null), keys in the order given.
 * The characters < > & are written as \\u escapes, so the text is safe inside an HTML script element.
 */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof java.util.Optional<?> optional) {
            write(optional.orElse(null), out);
        } else if (value instanceof JsonObject object) {
            write(object.members(), out);
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
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

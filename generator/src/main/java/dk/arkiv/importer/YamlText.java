package dk.arkiv.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * YAML scalars written so that they read back as the same string: plain when that is safe (also
 * inside a flow mapping {@code {name: ..., party: A}}), double-quoted otherwise. Numbers, times
 * and words YAML reads as booleans are quoted.
 */
final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .()'’/–-]*");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[\\d._:]+(?:[eE][-+]?\\d+)?|\\.inf|\\.nan",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

    private YamlText() {
    }

    static String scalar(String text) {
        String value = text.strip();
        boolean plain = PLAIN.matcher(value).matches() && !NUMBER_LIKE.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT)) && !value.endsWith(" ") && !value.contains(" -");
        return plain ? value : quoted(value);
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

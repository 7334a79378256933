package dk.arkiv.cli;

import dk.arkiv.content.Diagnostic;
import java.util.List;

/** Diagnostics as a JSON array, for editors and CI annotations: [{file, line, column, severity, message}]. */
final class DiagnosticsJson {
    private DiagnosticsJson() {
    }

    static String of(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            out.append(i == 0 ? "\n  " : ",\n  ")
                    .append("{\"file\": ").append(string(d.file()))
                    .append(", \"line\": ").append(d.line())
                    .append(", \"column\": ").append(d.column())
                    .append(", \"severity\": ").append(string(d.severity().label()))
                    .append(", \"message\": ").append(string(d.message())).append('}');
        }
        return out.append(diagnostics.isEmpty() ? "]" : "\n]").toString();
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

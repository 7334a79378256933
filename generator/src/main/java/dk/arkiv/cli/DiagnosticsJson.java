package dk.arkiv.cli;

import dk.arkiv.content.Diagnostic;
import dk.arkiv.site.Json;
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

    private static String string(String text) {
        return Json.string(text);
    }
}

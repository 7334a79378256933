package dk.arkiv.serve;

import dk.arkiv.content.Diagnostic;
import java.util.List;

/** The page the preview shows while the content has errors: each problem with its file and line. */
final class ErrorPage {
    private ErrorPage() {
    }

    static String html(List<Diagnostic> diagnostics) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
                + "<title>Fejl i indholdet</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;"
                + "margin:2rem auto;padding:0 1rem;color:#1b2430}li{margin:.5rem 0}code{background:#f3e8e8;"
                + "padding:.1rem .3rem}</style></head><body><main><h1>Fejl i indholdet</h1>"
                + "<p>Sitet kan ikke bygges, før fejlene er rettet. Siden opdateres, når du gemmer.</p><ul>");
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                String location = diagnostic.file() + (diagnostic.line() > 0 ? ":" + diagnostic.line() : "");
                html.append("<li><code>").append(escape(location)).append("</code> ")
                        .append(escape(diagnostic.message())).append("</li>");
            }
        }
        return html.append("</ul></main></body></html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package dk.arkiv.content;

import dk.arkiv.model.Site;
import java.util.List;
import java.util.Optional;

/** Reads content/site.yaml. */
final class SiteReader {
    private static final List<String> FIELDS = List.of("title", "base_url", "language", "organisation",
            "accessibility_statement", "description");

    private SiteReader() {
    }

    static Site read(SourceFile file, Diagnostics diagnostics) {
        Optional<Fields> fields = TextFiles.read(file, diagnostics)
                .flatMap(text -> Yaml.parse(file, text, 1, diagnostics))
                .flatMap(node -> Fields.of(file, 1, diagnostics, node, "site.yaml"));
        if (fields.isEmpty()) {
            return new Site("Arkiv", "/", "da", "", Optional.empty());
        }
        Fields f = fields.get();
        f.rejectUnknown(FIELDS);
        String baseUrl = f.string("base_url").orElse("/");
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (!baseUrl.equals("/") && !baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            f.error("base_url", "base_url must be a web address such as https://kkr.example.dk/");
        }
        Optional<String> statement = f.string("accessibility_statement");
        statement.filter(s -> !s.startsWith("https://") && !s.startsWith("http://"))
                .ifPresent(s -> f.error("accessibility_statement",
                        "accessibility_statement must be a web address starting with https://"));
        return new Site(f.required("title", "KKR-arkivet"), baseUrl, f.string("language").orElse("da"),
                f.string("organisation").orElse(""), statement);
    }
}

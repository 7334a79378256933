package dk.arkiv.content;

import dk.arkiv.model.Council;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads content/councils/&lt;id&gt;.yaml. */
final class CouncilReader {
    private static final List<String> FIELDS = List.of("name", "region", "municipalities", "description");
    /** The site's own top-level folders: a council there would overwrite them. See docs/urls.md. */
    static final Set<String> RESERVED = Set.of("emner", "personer", "kommuner", "partier", "moeder", "assets",
            "files", "soeg", "data");

    private CouncilReader() {
    }

    static Optional<Council> read(SourceFile file, Diagnostics diagnostics) {
        String id = Ids.fromFileName(file.path().getFileName().toString());
        if (!Ids.isValid(id)) {
            diagnostics.error(file, 0, 0, "'" + id + "' is not a valid council id; use lowercase letters,"
                    + " digits and hyphens, e.g. 'hovedstaden'");
            return Optional.empty();
        }
        if (RESERVED.contains(id)) {
            diagnostics.error(file, 0, 0, "'" + id + "' cannot be a council id: the site uses /" + id
                    + "/ for something else; rename the file, e.g. to 'kkr-" + id + "'");
            return Optional.empty();
        }
        return TextFiles.read(file, diagnostics)
                .flatMap(text -> Yaml.parse(file, text, 1, diagnostics))
                .flatMap(node -> Fields.of(file, 1, diagnostics, node, "a council file"))
                .map(f -> {
                    f.rejectUnknown(FIELDS);
                    return new Council(id, f.required("name", "KKR Hovedstaden"),
                            f.string("region").orElse(""), f.strings("municipalities"));
                });
    }
}

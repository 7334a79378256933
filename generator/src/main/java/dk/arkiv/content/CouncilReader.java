package dk.arkiv.content;

import dk.arkiv.model.Council;
import java.util.List;
import java.util.Optional;

/** Reads content/councils/&lt;id&gt;.yaml. */
final class CouncilReader {
    private static final List<String> FIELDS = List.of("name", "region", "municipalities", "description");

    private CouncilReader() {
    }

    static Optional<Council> read(SourceFile file, Diagnostics diagnostics) {
        String id = Ids.fromFileName(file.path().getFileName().toString());
        if (!Ids.isValid(id)) {
            diagnostics.error(file, 0, 0, "'" + id + "' is not a valid council id; use lowercase letters,"
                    + " digits and hyphens, e.g. 'hovedstaden'");
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

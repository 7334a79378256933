package dk.arkiv.content;

import dk.arkiv.model.Party;
import java.util.ArrayList;
import java.util.List;

/** Reads content/parties.yaml: party letter to party name. */
final class PartiesReader {
    private PartiesReader() {
    }

    static List<Party> read(SourceFile file, Diagnostics diagnostics) {
        List<Party> parties = new ArrayList<>();
        TextFiles.read(file, diagnostics)
                .flatMap(text -> Yaml.parse(file, text, 1, diagnostics))
                .flatMap(node -> Fields.of(file, 1, diagnostics, node, "parties.yaml"))
                .ifPresent(f -> f.asStringMap().forEach((letter, name) -> {
                    if (letter.isBlank() || letter.length() > 3) {
                        f.error(letter, "'" + letter + "' is not a party letter; write e.g. 'A: Socialdemokratiet'");
                    } else {
                        parties.add(new Party(letter, name));
                    }
                }));
        return parties;
    }
}

package dk.arkiv.content;

import dk.arkiv.model.NameVariants;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads content/people.yaml: the name to show for a person and its variants. */
final class PeopleReader {
    private static final List<String> FIELDS = List.of("name", "aliases");

    private PeopleReader() {
    }

    static List<NameVariants> read(SourceFile file, Diagnostics diagnostics) {
        List<NameVariants> people = new ArrayList<>();
        TextFiles.read(file, diagnostics)
                .flatMap(text -> Yaml.parse(file, text, 1, diagnostics))
                .ifPresent(node -> {
                    if (!(node instanceof SequenceNode sequence)) {
                        diagnostics.error(file, 1, 1, "people.yaml must be a list of entries"
                                + " '- {name: Birgit Stenbak Hansen, aliases: [Birgit Hansen]}'");
                        return;
                    }
                    for (var element : sequence.getValue()) {
                        Fields.of(file, 1, diagnostics, element, "each entry of people.yaml").ifPresent(f -> {
                            f.rejectUnknown(FIELDS);
                            String name = f.required("name", "Birgit Stenbak Hansen");
                            if (!name.isEmpty()) {
                                people.add(new NameVariants(name, f.strings("aliases")));
                            }
                        });
                    }
                });
        return people;
    }
}

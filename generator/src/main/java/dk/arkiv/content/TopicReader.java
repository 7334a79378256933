package dk.arkiv.content;

import dk.arkiv.model.Topic;
import java.util.List;
import java.util.Optional;

/** Reads content/topics/&lt;id&gt;.md. */
final class TopicReader {
    private static final List<String> FIELDS = List.of("title", "match", "related");

    private TopicReader() {
    }

    static Optional<Topic> read(SourceFile file, java.util.Set<String> topicIds, Diagnostics diagnostics) {
        String id = Ids.fromFileName(file.path().getFileName().toString());
        if (!Ids.isValid(id)) {
            diagnostics.error(file, 0, 0, "'" + id + "' is not a valid topic id; use lowercase letters,"
                    + " digits and hyphens, e.g. 'groent-danmark'");
            return Optional.empty();
        }
        return TextFiles.read(file, diagnostics)
                .flatMap(text -> FrontMatter.split(file, text, diagnostics))
                .flatMap(fm -> Yaml.parse(file, fm.yaml(), fm.yamlFirstLine(), diagnostics)
                        .flatMap(node -> Fields.of(file, fm.yamlFirstLine(), diagnostics, node, "the front matter"))
                        .map(f -> {
                            f.rejectUnknown(FIELDS);
                            List<String> related = f.strings("related");
                            for (String other : related) {
                                if (!topicIds.contains(other)) {
                                    f.error("related", "unknown topic '" + other + "' in related"
                                            + Hints.didYouMean(other, topicIds));
                                }
                            }
                            return new Topic(id, f.required("title", "Klimaalliancen"), f.strings("match"),
                                    related, fm.body().strip());
                        }));
    }
}

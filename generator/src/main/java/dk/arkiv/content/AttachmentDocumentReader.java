package dk.arkiv.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads an attachment document, content/files/.../*.md: the text of an attachment (bilag) kept as
 * Markdown, e.g. imported from an attachment bundle. Its front matter may say which item it belongs
 * to; when it does, that must be the item that lists it.
 */
final class AttachmentDocumentReader {
    private static final List<String> FIELDS = List.of("title", "item", "meeting");

    private AttachmentDocumentReader() {
    }

    /** The document's Markdown body, or empty after reporting what is wrong with it. */
    static Optional<String> read(Path contentDir, String relative, String meetingKey, String itemNumber,
                                 Diagnostics diagnostics) {
        SourceFile file = SourceFile.in(contentDir, contentDir.resolve(relative));
        return TextFiles.read(file, diagnostics)
                .flatMap(text -> FrontMatter.split(file, text, diagnostics))
                .flatMap(fm -> Yaml.parse(file, fm.yaml(), fm.yamlFirstLine(), diagnostics)
                        .flatMap(node -> Fields.of(file, fm.yamlFirstLine(), diagnostics, node, "the front matter"))
                        .map(fields -> {
                            fields.rejectUnknown(FIELDS);
                            fields.string("meeting").filter(m -> !m.equals(meetingKey)).ifPresent(m ->
                                    fields.error("meeting", "this attachment belongs to meeting '" + m
                                            + "' but is listed in " + meetingKey + "; write meeting: " + meetingKey));
                            fields.string("item").filter(i -> !i.equals(itemNumber)).ifPresent(i ->
                                    fields.error("item", "this attachment belongs to item " + i
                                            + " but is listed on item " + itemNumber + "; write item: \""
                                            + itemNumber + "\""));
                            return fm.body().strip();
                        }));
    }
}

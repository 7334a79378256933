package dk.arkiv.content;

import dk.arkiv.model.Attachment;
import dk.arkiv.model.Item;
import dk.arkiv.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one item of a meeting file: its front matter entry joined with its text from the body. */
final class ItemReader {
    static final List<String> FIELDS = List.of("number", "title", "topics", "initials", "sag", "attachments",
            "closed", "same_as");
    private static final List<String> ATTACHMENT_FIELDS = List.of("title", "file", "url");
    private static final Pattern SAME_AS = Pattern.compile("([a-z0-9-]+)/(\\d{4}-\\d{2}-\\d{2})/(\\d+(?:\\.\\d+)*)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final Vocabulary vocabulary;
    private final Path contentDir;

    ItemReader(SourceFile file, Diagnostics diagnostics, Vocabulary vocabulary, Path contentDir) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.vocabulary = vocabulary;
        this.contentDir = contentDir;
    }

    Item read(Fields fields, Outline.ItemText text) {
        String number = text.number();
        String title = fields.string("title").orElse(text.headingTitle());
        if (!text.headingTitle().isEmpty() && !normalise(text.headingTitle()).equals(normalise(title))) {
            diagnostics.warning(file, text.line(), 1, "the heading of item " + number + " says '"
                    + text.headingTitle() + "' but items says '" + title + "'; the title in items is used");
        }
        List<String> topics = fields.strings("topics");
        for (String topic : topics) {
            if (!vocabulary.topics().containsKey(topic)) {
                fields.error("topics", "unknown topic '" + topic + "'" + Hints.knownOrClosest(topic,
                        vocabulary.topics().keySet(), "content/topics/<id>.md"));
            }
        }
        List<String> sameAs = fields.strings("same_as");
        for (String other : sameAs) {
            if (!SAME_AS.matcher(other).matches()) {
                fields.error("same_as", "same_as '" + other + "' must name an item as council/date/number,"
                        + " e.g. midtjylland/2024-09-06/3.3");
            }
        }
        List<Section> sections = text.sections().stream()
                .map(s -> new Section(s.heading(), s.markdown(), s.line(), s.textLine())).toList();
        return new Item(number, title, topics, fields.string("initials"), fields.string("sag"), attachments(fields, number),
                fields.flag("closed"), sameAs, text.introduction(), sections, text.line());
    }

    private List<Attachment> attachments(Fields item, String number) {
        List<Attachment> out = new ArrayList<>();
        for (Fields a : item.records("attachments", "attachments, e.g. '- {title: Bilag 1, file: files/2024/bilag-1.pdf}'")) {
            a.rejectUnknown(ATTACHMENT_FIELDS);
            String title = a.required("title", "Kommissorium for opgaveudvalg");
            Optional<String> attachmentFile = a.string("file");
            Optional<String> url = a.string("url");
            boolean fileExists = attachmentFile.map(path -> checkAttachmentFile(a, path)).orElse(false);
            url.filter(u -> !u.startsWith("https://") && !u.startsWith("http://")).ifPresent(u ->
                    a.error("url", "url must be a web address starting with https://, not '" + u + "'"));
            if (title.isEmpty()) {
                continue;
            }
            Optional<String> text = fileExists && Attachment.isDocument(attachmentFile.get())
                    ? AttachmentDocumentReader.read(contentDir, attachmentFile.get(), meetingKey(), number, diagnostics)
                    : Optional.empty();
            out.add(new Attachment(title, attachmentFile, url, text));
        }
        return out;
    }

    /** The meeting as council/date, from the file's place: meetings/<council>/<date>[.kind].md. */
    private String meetingKey() {
        Path path = file.path();
        String name = path.getFileName().toString();
        int dot = name.indexOf('.');
        return path.getParent().getFileName() + "/" + (dot < 0 ? name : name.substring(0, dot));
    }

    /** An attachment must be a file inside content/, also after following links; true when it is. */
    private boolean checkAttachmentFile(Fields a, String path) {
        Path resolved = contentDir.resolve(path).normalize();
        if (path.startsWith("/") || path.contains("\\") || path.contains("..") || !resolved.startsWith(contentDir)) {
            a.error("file", "attachment file '" + path + "' must be a path inside content/, e.g. files/2024/bilag.pdf");
            return false;
        }
        if (!Files.isRegularFile(resolved)) {
            a.error("file", "attachment file '" + path + "' does not exist in content/");
            return false;
        }
        try {
            if (!resolved.toRealPath().startsWith(contentDir.toRealPath())) {
                a.error("file", "attachment file '" + path + "' links to a file outside content/");
                return false;
            }
        } catch (IOException e) {
            a.error("file", "attachment file '" + path + "' cannot be read: " + e.getMessage());
            return false;
        }
        return true;
    }

    private static String normalise(String title) {
        return SPACES.matcher(title).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}

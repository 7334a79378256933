package dk.arkiv.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an attachment bundle: a table of contents that lists, under each item number, its
 * attachments ("3.1 Tværkommunale samarbejder om klima" / "Bilag 1: KL CO2-reduktion i
 * kommunerne"), followed by the attachments' text, each introduced by a line holding only the
 * item's number.
 */
final class AttachmentBundle {
    private static final Pattern ITEM_ENTRY = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(.+?)(?:\\s*\\.{2,})?\\s*(?:\\t\\s*\\d+)?$");
    private static final Pattern BILAG_ENTRY = Pattern.compile(
            "^Bilag\\s+(\\d+)\\s*[:.]\\s*(.+?)(?:\\s*\\.{2,})?\\s*(?:\\t\\s*\\d+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_MARKER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?(?:\\s+(.+))?$");

    private record Entry(String item, String itemTitle, List<String> titles) {
    }

    private AttachmentBundle() {
    }

    /** Whether the lines look like a bundle: at least one item entry followed by a Bilag entry, near the top. */
    static boolean looksLikeBundle(List<TextLine> lines) {
        return !entries(lines).isEmpty();
    }

    static Outcome<ImportedBundle> recognise(Path file, List<TextLine> lines, ImportContext context, ImportOptions options) {
        Map<String, Entry> entries = entries(lines);
        Outcome<String> council = council(file, lines, context, options);
        if (council instanceof Outcome.Refused<String> refused) {
            return Outcome.refused(refused.problem());
        }
        if (options.date().isEmpty()) {
            return Outcome.refused(Problem.whole(file, "an attachment bundle does not state its meeting's date;"
                    + " pass --date YYYY-MM-DD"));
        }
        int start = lastEntryLine(lines) + 1;
        List<int[]> markers = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            if (markerItem(lines.get(i).text(), entries).isPresent()) {
                markers.add(new int[] {i});
            }
        }
        if (markers.isEmpty()) {
            return Outcome.refused(Problem.whole(file, "the bundle's contents list attachments, but no line holding"
                    + " only an item number (e.g. '3.1') starts their text"));
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<ImportedBundle.Attachment> attachments = new ArrayList<>();
        for (int k = 0; k < markers.size(); k++) {
            int at = markers.get(k)[0];
            int end = k + 1 < markers.size() ? markers.get(k + 1)[0] : lines.size();
            String item = markerItem(lines.get(at).text(), entries).orElseThrow();
            Entry entry = entries.get(item);
            int number = seen.merge(item, 1, Integer::sum);
            String title = number <= entry.titles().size() ? entry.titles().get(number - 1) : "Bilag " + number;
            List<TextLine> text = new ArrayList<>(lines.subList(at + 1, end));
            while (!text.isEmpty() && (text.get(0).isBlank()
                    || entry.itemTitle().contains(text.get(0).text().replace("*", "").strip()))) {
                text.remove(0);
            }
            attachments.add(new ImportedBundle.Attachment(item, number, entry.itemTitle(), title, markdown(text)));
        }
        return Outcome.done(new ImportedBundle(((Outcome.Done<String>) council).value(), options.date().get(),
                attachments));
    }

    /** "3.1" alone, or "3.6 Orientering om ..." starting like the item's title in the contents. */
    private static Optional<String> markerItem(String text, Map<String, Entry> entries) {
        Matcher m = ITEM_MARKER.matcher(text.replace("*", "").strip());
        if (!m.matches() || !entries.containsKey(m.group(1))) {
            return Optional.empty();
        }
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        String title = entries.get(m.group(1)).itemTitle();
        boolean sameTitle = rest.isEmpty() || title.startsWith(rest.substring(0, Math.min(rest.length(), 25)));
        return sameTitle ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String markdown(List<TextLine> lines) {
        MarkdownText markdown = new MarkdownText();
        for (Block block : Reflow.blocks(lines)) {
            markdown.add(block);
        }
        return markdown.markdown();
    }

    private static Map<String, Entry> entries(List<TextLine> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Entry current = null;
        int nonBlank = 0;
        for (TextLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (++nonBlank > 80) {
                break;
            }
            Matcher bilag = BILAG_ENTRY.matcher(line.text());
            Matcher item = ITEM_ENTRY.matcher(line.text());
            if (bilag.matches() && current != null) {
                current.titles().add(bilag.group(2).strip());
                entries.putIfAbsent(current.item(), current);
            } else if (item.matches() && LineShapes.looksLikeTitle(item.group(2))) {
                current = new Entry(item.group(1), item.group(2).strip(), new ArrayList<>());
            }
        }
        return entries;
    }

    private static int lastEntryLine(List<TextLine> lines) {
        int last = 0;
        int nonBlank = 0;
        for (int i = 0; i < lines.size() && nonBlank <= 80; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            nonBlank++;
            if (BILAG_ENTRY.matcher(lines.get(i).text()).matches()) {
                last = i;
            }
        }
        return last;
    }

    /** The council given, or the one the bundle names clearly more often than any other. */
    private static Outcome<String> council(Path file, List<TextLine> lines, ImportContext context, ImportOptions options) {
        if (options.council().isPresent()) {
            return context.council(options.council().get()).<Outcome<String>>map(c -> Outcome.done(c.id()))
                    .orElseGet(() -> Outcome.refused(Problem.whole(file, "--council " + options.council().get()
                            + ": there is no content/councils/" + options.council().get() + ".yaml")));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TextLine line : lines) {
            String text = line.text().toLowerCase(Locale.ROOT);
            for (ImportContext.Council council : context.councils().values()) {
                if (text.contains(council.name().toLowerCase(Locale.ROOT))) {
                    counts.merge(council.id(), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || (ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue())) {
            return Outcome.refused(Problem.whole(file, "cannot tell which council the bundle belongs to; pass --council ID"
                    + " (one of: " + String.join(", ", context.councils().keySet()) + ")"));
        }
        return Outcome.done(ranked.get(0).getKey());
    }

    /** Where an attachment document goes under content/: files/<council>/<year>/<date>-<item>-bilag-<n>.md. */
    static String pathOf(ImportedBundle bundle, ImportedBundle.Attachment attachment) {
        LocalDate date = bundle.date();
        return "files/" + bundle.council() + "/" + date.getYear() + "/" + date + "-" + attachment.item().replace('.', '-')
                + "-bilag-" + attachment.number() + ".md";
    }

    static String render(ImportedBundle bundle, ImportedBundle.Attachment attachment) {
        return "---\n"
                + "title: " + YamlText.scalar(attachment.title()) + "\n"
                + "item: " + YamlText.quoted(attachment.item()) + "\n"
                + "meeting: " + bundle.council() + "/" + bundle.date() + "\n"
                + "---\n\n"
                + (attachment.markdown().isBlank() ? "" : attachment.markdown() + "\n");
    }

}

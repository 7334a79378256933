package dk.arkiv.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds a meeting body's groups, items and sections. CommonMark does the finding, so a '#' inside
 * a code block or a paragraph is never taken for a heading; the text between headings is kept as
 * the author wrote it.
 */
public final class OutlineParser {
    private static final Pattern GROUP = Pattern.compile("(\\d+)\\.?\\s*(.*)");
    /** Emphasis markers and code ticks around heading words, which the raw heading text still has. */
    /** HTML comments: notes to the writer, never published, so never "text outside any item". */
    private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern EMPHASIS = Pattern.compile("[*`]+");
    private static final Pattern ITEM = Pattern.compile("(\\d+(?:\\.\\d+)*)\\.?(?:\\s+(.*))?");

    /**
     * Only the block structure matters here, so inline parsing (emphasis, links, ...) is skipped:
     * a heading gets its raw text as one Text node, other blocks get nothing.
     */
    private final Parser parser = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, block) -> {
                if (block instanceof Heading) {
                    block.appendChild(new Text(lines.getContent()));
                }
            })
            .build();

    /**
     * @param firstLine the file line where the body starts
     */
    public Outline parse(SourceFile file, String body, int firstLine, Diagnostics diagnostics) {
        String[] lines = lines(body);
        List<HeadingAt> headings = plainHeadings(lines);
        if (headings == null) {
            headings = parsedHeadings(body);
        }
        Builder builder = new Builder(file, lines, firstLine, diagnostics);
        int textStart = 0;
        for (HeadingAt heading : headings) {
            builder.text(textStart, heading.firstLine);
            builder.heading(heading);
            textStart = heading.lastLine + 1;
        }
        builder.text(textStart, lines.length);
        return builder.finish();
    }

    /** The body's lines, split exactly as CommonMark splits them, so its line indices point into the array. */
    static String[] lines(String body) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        if (body.indexOf('\r') < 0) {
            // Files are read with \n line ends (TextFiles.normalise): found without reading each character here.
            for (int end = body.indexOf('\n'); end >= 0; end = body.indexOf('\n', start)) {
                lines.add(body.substring(start, end));
                start = end + 1;
            }
        } else {
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\n' || c == '\r') {
                    lines.add(body.substring(start, i));
                    if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
        }
        lines.add(body.substring(start));
        return lines.toArray(String[]::new);
    }

    /**
     * The headings of a body whose structure needs no parser, found line by line; null when a line
     * could make CommonMark read the body otherwise (a code fence, HTML, a setext underline, an
     * indented or unusual heading), and the body must be parsed. Most bodies are headings written
     * "## 3.7. Title" and text between them; a file of minutes has hundreds of such lines.
     */
    static List<HeadingAt> plainHeadings(String[] lines) {
        List<HeadingAt> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                int level = 1;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                if (level > 6 || !isPlainHeadingText(line, level)) {
                    return null;
                }
                if (level <= 3) {
                    out.add(new HeadingAt(level, EMPHASIS.matcher(line.substring(level + 1)).replaceAll("").strip(), i, i));
                }
                continue;
            }
            int indent = 0;
            while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent == 4 || indent == line.length()) {
                continue;
            }
            char first = line.charAt(indent);
            if (first == '#' || first == '<' || first == '\t' || first == '=' || first == '-' && isDashes(line, indent)
                    || line.startsWith("```", indent) || line.startsWith("~~~", indent)) {
                return null;
            }
        }
        return out;
    }

    /** A space after the #s, then text without # that neither begins nor ends with white space. */
    private static boolean isPlainHeadingText(String line, int level) {
        return line.length() > level + 1 && line.charAt(level) == ' ' && line.indexOf('#', level) < 0
                && !Character.isWhitespace(line.charAt(level + 1)) && !Character.isWhitespace(line.charAt(line.length() - 1));
    }

    /** Whether the line from {@code start} is only dashes and white space: a setext underline or a rule. */
    private static boolean isDashes(String line, int start) {
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '-' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The headings CommonMark finds: what {@link #plainHeadings} must agree with. */
    List<HeadingAt> parsedHeadings(String body) {
        List<HeadingAt> out = new ArrayList<>();
        Node document = parser.parse(body);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= 3) {
                List<SourceSpan> spans = heading.getSourceSpans();
                int first = spans.get(0).getLineIndex();
                int last = spans.get(spans.size() - 1).getLineIndex();
                out.add(new HeadingAt(heading.getLevel(), EMPHASIS.matcher(textOf(heading)).replaceAll("").strip(),
                        first, last));
            }
        }
        return out;
    }

    private static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else {
                out.append(textOf(child));
            }
        }
        return out.toString();
    }

    record HeadingAt(int level, String text, int firstLine, int lastLine) {
    }

    /** Accumulates groups, items and sections while walking the headings in order. */
    private static final class Builder {
        private final SourceFile file;
        private final String[] lines;
        private final int firstLine;
        private final Diagnostics diagnostics;
        private final List<Outline.Group> groups = new ArrayList<>();

        private String groupNumber;
        private String groupTitle;
        private int groupLine;
        private List<Outline.ItemText> items = new ArrayList<>();
        private ItemDraft item;
        private SectionDraft section;

        Builder(SourceFile file, String[] lines, int firstLine, Diagnostics diagnostics) {
            this.file = file;
            this.lines = lines;
            this.firstLine = firstLine;
            this.diagnostics = diagnostics;
        }

        void heading(HeadingAt heading) {
            int line = firstLine + heading.firstLine;
            switch (heading.level) {
                case 1 -> {
                    closeGroup();
                    Matcher m = GROUP.matcher(heading.text);
                    boolean numbered = m.matches();
                    groupNumber = numbered ? m.group(1) : "";
                    groupTitle = numbered ? m.group(2).strip() : heading.text;
                    groupLine = line;
                }
                case 2 -> {
                    closeItem();
                    Matcher m = ITEM.matcher(heading.text);
                    if (!m.matches()) {
                        diagnostics.error(file, line, 1, "item heading '" + heading.text
                                + "' does not start with the item's number; write e.g. '## 3.1. "
                                + heading.text + "'");
                        item = new ItemDraft("?", heading.text, line);
                    } else {
                        item = new ItemDraft(m.group(1), m.group(2) == null ? "" : m.group(2).strip(), line);
                    }
                }
                default -> {
                    closeSection();
                    if (item == null) {
                        diagnostics.error(file, line, 1, "section '" + heading.text + "' is not under an item;"
                                + " put it below a heading '## <number>. <title>'");
                    }
                    section = new SectionDraft(heading.text, line);
                }
            }
        }

        /** Body lines [from, to) belong to whatever heading came last. */
        void text(int from, int to) {
            String text = join(from, to);
            if (text.isEmpty()) {
                return;
            }
            if (section != null) {
                section.markdown = text;
                section.textLine = firstLine + firstNonBlank(from, to);
            } else if (item != null) {
                item.introduction = text;
            } else if (!COMMENTS.matcher(text).replaceAll("").isBlank()) {
                diagnostics.warning(file, firstLine + firstNonBlank(from, to), 1, "text outside any item is"
                        + " not published; put it under a heading '## <number>. <title>'");
            }
        }

        Outline finish() {
            closeGroup();
            return new Outline(List.copyOf(groups));
        }

        private void closeSection() {
            if (section != null && item != null) {
                item.sections.add(new Outline.SectionText(section.heading, section.markdown, section.line,
                        section.textLine));
            }
            section = null;
        }

        private void closeItem() {
            closeSection();
            if (item != null) {
                items.add(new Outline.ItemText(item.number, item.title, item.line, item.introduction,
                        List.copyOf(item.sections)));
            }
            item = null;
        }

        private void closeGroup() {
            closeItem();
            if (groupTitle != null || !items.isEmpty()) {
                groups.add(new Outline.Group(groupNumber == null ? "" : groupNumber,
                        groupTitle == null ? "" : groupTitle, groupLine, List.copyOf(items)));
            }
            items = new ArrayList<>();
            groupNumber = null;
            groupTitle = null;
        }

        private String join(int from, int to) {
            int start = from;
            int end = to;
            while (start < end && lines[start].isBlank()) {
                start++;
            }
            while (end > start && lines[end - 1].isBlank()) {
                end--;
            }
            return start >= end ? "" : String.join("\n", java.util.Arrays.asList(lines).subList(start, end));
        }

        private int firstNonBlank(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!lines[i].isBlank()) {
                    return i;
                }
            }
            return from;
        }
    }

    private static final class ItemDraft {
        final String number;
        final String title;
        final int line;
        String introduction = "";
        final List<Outline.SectionText> sections = new ArrayList<>();

        ItemDraft(String number, String title, int line) {
            this.number = number;
            this.title = title;
            this.line = line;
        }
    }

    private static final class SectionDraft {
        final String heading;
        final int line;
        String markdown = "";
        int textLine;

        SectionDraft(String heading, int line) {
            this.heading = heading;
            this.line = line;
            this.textLine = line + 1;
        }
    }
}

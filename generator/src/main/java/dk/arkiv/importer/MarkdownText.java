package dk.arkiv.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a section's blocks as Markdown: paragraphs, "-" lists, tables from tab-separated rows,
 * "####" sub-headings, and bare web addresses as links. Text that Markdown would read as structure
 * ("# ", "---") is escaped, so an item's text can never add a heading to the meeting.
 */
final class MarkdownText {
    private static final Pattern BARE_URL = Pattern.compile("(?<![<(\\[])\\b(https?://[^\\s<>\"]+[^\\s<>\".,;:)])");

    private static final Pattern THEMATIC_BREAK = Pattern.compile("^[-=_*]{3,}.*");
    private static final Pattern CLOSING_HASHES = Pattern.compile("#+\\s*$");

    private final StringBuilder out = new StringBuilder();
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s.*");

    private Block.Shape previous;
    /** Numbered paragraphs in a row are one ordered list: no blank line between them. */
    private boolean numberedBefore;

    void subHeading(String text) {
        separate(null);
        out.append("#### ").append(escapeHeading(text)).append('\n');
        previous = null;
        numberedBefore = false;
    }

    void add(Block block) {
        switch (block.shape()) {
            case BULLET -> {
                separate(Block.Shape.BULLET);
                out.append("- ").append(inline(block.text())).append('\n');
            }
            case TABLE_ROW -> {
                separate(Block.Shape.TABLE_ROW);
                out.append(tableRow(block.text())).append('\n');
            }
            default -> {
                boolean numbered = NUMBERED.matcher(block.text()).matches();
                separate(numbered && numberedBefore ? Block.Shape.PARAGRAPH : null);
                out.append(paragraph(block.text())).append('\n');
                numberedBefore = numbered;
                previous = numbered ? Block.Shape.PARAGRAPH : null;
                return;
            }
        }
        numberedBefore = false;
        previous = block.shape();
    }

    /** Tables need a delimiter row under their first row, and every row the same number of cells. */
    String markdown() {
        List<String> lines = new ArrayList<>(List.of(out.toString().split("\n", -1)));
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("|")) {
                result.add(lines.get(i++));
                continue;
            }
            int end = i;
            int columns = 0;
            while (end < lines.size() && lines.get(end).startsWith("|")) {
                columns = Math.max(columns, lines.get(end).split("(?<!\\\\)\\|", -1).length - 2);
                end++;
            }
            for (int row = i; row < end; row++) {
                result.add(padded(lines.get(row), columns));
                if (row == i) {
                    result.add("|" + "---|".repeat(columns));
                }
            }
            i = end;
        }
        return String.join("\n", result).strip();
    }

    private void separate(Block.Shape shape) {
        if (out.length() > 0 && (shape == null || shape != previous)) {
            out.append('\n');
        }
    }

    private static String padded(String row, int columns) {
        int cells = row.split("(?<!\\\\)\\|", -1).length - 2;
        return row + " |".repeat(Math.max(0, columns - cells));
    }

    private static String tableRow(String text) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : text.split("\t", -1)) {
            row.append(' ').append(inline(cell.strip()).replace("|", "\\|")).append(" |");
        }
        return row.toString();
    }

    static String paragraph(String text) {
        if (LineShapes.isUrl(text)) {
            return "<" + LineShapes.URL.matcher(text).replaceAll("$1") + ">";
        }
        String escaped = inline(text);
        if (escaped.startsWith("#") || escaped.startsWith(">") || escaped.startsWith("+ ")
                || THEMATIC_BREAK.matcher(escaped).matches()) {
            return "\\" + escaped;
        }
        return escaped;
    }

    static String inline(String text) {
        String linked = BARE_URL.matcher(text).replaceAll("<$1>");
        return linked.replace("<<", "<").replace(">>", ">");
    }

    static String escapeHeading(String text) {
        return CLOSING_HASHES.matcher(text).replaceAll("").strip();
    }
}

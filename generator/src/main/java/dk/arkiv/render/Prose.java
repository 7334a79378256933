package dk.arkiv.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown that is only paragraphs of prose and simple lists, recognised without parsing it: most
 * texts of an archive are, and each is turned into plain text and HTML on every build. A text is
 * prose when each of its lines is blank, begins with a letter (so it starts no quote, heading,
 * table, code block or HTML), or is a list item "- " followed by such a line; no line ends in white
 * space (a hard line break); and no character can begin inline markup, an entity or an escape.
 * Lists must be tight (no blank line between items) and end with a blank line or the text.
 */
final class Prose {
    private Prose() {
    }

    /** A paragraph as written (lines separated by {@code \n}), or the one line of a list item. */
    record Block(String text, boolean item) {
    }

    /** The paragraphs and list items of a prose text, or null when the text is not prose and must be parsed. */
    static List<Block> blocks(String markdown) {
        // A char array, as charAt is a call per character for code compiled by C1 alone.
        char[] text = markdown.toCharArray();
        List<Block> blocks = new ArrayList<>();
        int paragraphStart = -1;
        boolean afterItem = false;
        boolean afterListAndBlank = false;
        int line = 0;
        while (line <= text.length) {
            int end = line;
            boolean blank = true;
            for (; end < text.length && text[end] != '\n'; end++) {
                char c = text[end];
                byte kind = c < KINDS.length ? KINDS[c] : TEXT;
                if (kind == MARKUP) {
                    return null;
                }
                blank &= kind == SPACE;
            }
            if (blank) {
                if (paragraphStart >= 0) {
                    blocks.add(paragraph(text, paragraphStart, line - 1));
                    paragraphStart = -1;
                }
                afterListAndBlank |= afterItem;
                afterItem = false;
            } else if (isSpace(text[end - 1])) {
                return null;
            } else if (end - line > 2 && text[line] == '-' && text[line + 1] == ' ' && Character.isLetter(text[line + 2])) {
                // A blank line between items would make the list loose, rendered with paragraphs.
                if (afterListAndBlank) {
                    return null;
                }
                if (paragraphStart >= 0) {
                    blocks.add(paragraph(text, paragraphStart, line - 1));
                    paragraphStart = -1;
                }
                blocks.add(new Block(new String(text, line + 2, end - line - 2), true));
                afterItem = true;
            } else {
                // A line right after an item would continue the item's text.
                if (!Character.isLetter(text[line]) || afterItem) {
                    return null;
                }
                if (paragraphStart < 0) {
                    paragraphStart = line;
                }
                afterListAndBlank = false;
            }
            line = end + 1;
        }
        if (paragraphStart >= 0) {
            blocks.add(paragraph(text, paragraphStart, text.length));
        }
        return blocks;
    }

    private static Block paragraph(char[] text, int start, int end) {
        return new Block(new String(text, start, end - start), false);
    }

    private static boolean isSpace(char c) {
        return c < KINDS.length && KINDS[c] == SPACE;
    }

    private static final byte TEXT = 0;
    private static final byte SPACE = 1;
    private static final byte MARKUP = 2;
    /** What each ASCII character is to the test above; every other character is text. */
    private static final byte[] KINDS = new byte[128];

    static {
        KINDS[' '] = SPACE;
        // Characters that begin inline markup, entities or escapes; those a parser replaces or
        // treats as line ends or indentation (NUL, CR, tab); and white space that CommonMark does
        // not count as blank (form feed, vertical tab).
        for (char c : new char[] {'\\', '`', '&', '<', '[', ']', '*', '_', '\t', '\r', '\0', '\f', '\u000b'}) {
            KINDS[c] = MARKUP;
        }
    }
}

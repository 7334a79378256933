package dk.arkiv.render;

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

    /**
     * The HTML of a prose text as CommonMark renders it, or null when the text is not prose and
     * must be parsed: a p element per paragraph with its lines as written, a ul element per list
     * (tight, so its items hold no p), text escaped. Written straight from the text into one
     * builder, as the plain text is.
     */
    static String html(String markdown) {
        HtmlWriter html = new HtmlWriter(markdown.length());
        return scan(markdown, html) ? html.finish() : null;
    }

    /**
     * The plain text of a prose text: its blocks joined by spaces, a paragraph's line breaks as
     * spaces; null when the text is not prose. Written straight from the text into one array, as
     * the search index does for every text of the archive.
     */
    static String plainText(String markdown) {
        PlainTextWriter text = new PlainTextWriter(markdown.length());
        return scan(markdown, text) ? new String(text.out, 0, text.length).strip() : null;
    }

    // The sinks are classes rather than lambdas: a lambda that captures is made through a method
    // handle on every call, which code compiled by C1 alone does slowly.

    private static final class HtmlWriter implements BlockSink {
        final StringBuilder out;
        boolean inList;

        HtmlWriter(int capacity) {
            out = new StringBuilder(capacity + capacity / 8 + 16);
        }

        @Override
        public void block(char[] text, int start, int end, boolean item) {
            if (item != inList) {
                out.append(item ? "<ul>\n" : "</ul>\n");
                inList = item;
            }
            out.append(item ? "<li>" : "<p>");
            int done = start;
            for (int i = start; i < end; i++) {
                char c = text[i];
                if (c == '>' || c == '"') {
                    out.append(text, done, i - done).append(c == '>' ? "&gt;" : "&quot;");
                    done = i + 1;
                }
            }
            out.append(text, done, end - done).append(item ? "</li>\n" : "</p>\n");
        }

        String finish() {
            if (inList) {
                out.append("</ul>\n");
            }
            return out.toString();
        }
    }

    private static final class PlainTextWriter implements BlockSink {
        final char[] out;
        int length;

        PlainTextWriter(int capacity) {
            out = new char[capacity];
        }

        @Override
        public void block(char[] text, int start, int end, boolean item) {
            int at = length;
            if (at > 0) {
                out[at++] = ' ';
            }
            for (int i = start; i < end; i++) {
                char c = text[i];
                out[at++] = c == '\n' ? ' ' : c;
            }
            length = at;
        }
    }

    /** Where {@link #scan} puts each block it finds: a paragraph's lines, or a list item's one line. */
    private interface BlockSink {
        void block(char[] text, int start, int end, boolean item);
    }

    /**
     * Reads the text's blocks into the sink, in order; false as soon as the text proves not to be
     * prose, when the sink's blocks so far are to be dropped. A block's characters never include
     * the "- " of an item, and a separator between blocks replaces at least one line break, so the
     * blocks joined by single characters are never longer than the text.
     */
    private static boolean scan(String markdown, BlockSink blocks) {
        // A char array, as charAt is a call per character for code compiled by C1 alone.
        char[] text = markdown.toCharArray();
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
                    return false;
                }
                blank &= kind == SPACE;
            }
            if (blank) {
                if (paragraphStart >= 0) {
                    blocks.block(text, paragraphStart, line - 1, false);
                    paragraphStart = -1;
                }
                afterListAndBlank |= afterItem;
                afterItem = false;
            } else if (isSpace(text[end - 1])) {
                return false;
            } else if (end - line > 2 && text[line] == '-' && text[line + 1] == ' ' && Character.isLetter(text[line + 2])) {
                // A blank line between items would make the list loose, rendered with paragraphs.
                if (afterListAndBlank) {
                    return false;
                }
                if (paragraphStart >= 0) {
                    blocks.block(text, paragraphStart, line - 1, false);
                    paragraphStart = -1;
                }
                blocks.block(text, line + 2, end, true);
                afterItem = true;
            } else {
                // A line right after an item would continue the item's text.
                if (!Character.isLetter(text[line]) || afterItem) {
                    return false;
                }
                if (paragraphStart < 0) {
                    paragraphStart = line;
                }
                afterListAndBlank = false;
            }
            line = end + 1;
        }
        if (paragraphStart >= 0) {
            blocks.block(text, paragraphStart, text.length, false);
        }
        return true;
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

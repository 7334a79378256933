package dk.arkiv.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown that is only paragraphs of prose, recognised without parsing it: most texts of an
 * archive are, and each is turned into plain text and HTML on every build. A text is prose when
 * each of its lines either is blank or begins with a letter (so it starts no list, quote,
 * heading, table, code block or HTML) and ends without white space (no hard line break), and no
 * character in it can begin inline markup, an entity or an escape.
 */
final class Prose {
    private Prose() {
    }

    /**
     * The paragraphs of a prose text, each as written (lines separated by {@code \n}), or null
     * when the text is not prose and must be parsed.
     */
    static List<String> paragraphs(String markdown) {
        // A char array, as charAt is a call per character for code compiled by C1 alone.
        char[] text = markdown.toCharArray();
        List<String> paragraphs = new ArrayList<>();
        int paragraphStart = -1;
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
                    paragraphs.add(new String(text, paragraphStart, line - 1 - paragraphStart));
                    paragraphStart = -1;
                }
            } else {
                if (!Character.isLetter(text[line]) || isSpace(text[end - 1])) {
                    return null;
                }
                if (paragraphStart < 0) {
                    paragraphStart = line;
                }
            }
            line = end + 1;
        }
        if (paragraphStart >= 0) {
            paragraphs.add(new String(text, paragraphStart, text.length - paragraphStart));
        }
        return paragraphs;
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
        for (char c : new char[] {' ', '\f', '\u000b'}) {
            KINDS[c] = SPACE;
        }
        // Characters that begin inline markup, entities or escapes, and those a parser replaces
        // or treats as line ends or indentation (NUL, CR, tab).
        for (char c : new char[] {'\\', '`', '&', '<', '[', ']', '*', '_', '\t', '\r', '\0'}) {
            KINDS[c] = MARKUP;
        }
    }
}

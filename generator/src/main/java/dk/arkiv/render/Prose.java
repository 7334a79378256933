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
                if (mayBeginMarkup(c)) {
                    return null;
                }
                blank &= isSpace(c);
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
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /** Characters that begin inline markup, entities or escapes, and those a parser replaces (NUL, CR). */
    private static boolean mayBeginMarkup(char c) {
        return switch (c) {
            case '\\', '`', '&', '<', '[', ']', '*', '_', '\t', '\r', '\0' -> true;
            default -> false;
        };
    }
}

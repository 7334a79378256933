package dk.arkiv.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Markdown as the words a reader sees: no markup, link targets or HTML. Thread-safe. */
public final class PlainText {
    private final Parser parser = Parser.builder().build();

    public String of(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        String prose = ofProse(markdown);
        return prose != null ? prose : parsed(markdown);
    }

    /**
     * Most texts are paragraphs of prose, whose plain text is their lines joined by spaces. Such a
     * text is recognised and joined without parsing (search and open data take the plain text of
     * every section): each line begins with a letter, so it starts no list, quote, heading, code
     * block or HTML; no line ends in white space; and no character can begin inline markup,
     * an entity or an escape. Anything else is parsed.
     *
     * @return the plain text, or null when the text is not plain prose
     */
    static String ofProse(String markdown) {
        int length = markdown.length();
        StringBuilder out = new StringBuilder(length);
        int line = 0;
        while (line < length) {
            int end = markdown.indexOf('\n', line);
            if (end < 0) {
                end = length;
            }
            if (isBlank(markdown, line, end)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                if (!Character.isLetter(markdown.charAt(line)) || isSpace(markdown.charAt(end - 1))) {
                    return null;
                }
                for (int i = line; i < end; i++) {
                    if (mayBeginMarkup(markdown.charAt(i))) {
                        return null;
                    }
                }
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                out.append(markdown, line, end);
            }
            line = end + 1;
        }
        return out.toString().strip();
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
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

    /** The plain text of the parsed Markdown: what {@link #ofProse} must agree with. */
    String parsed(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent.getFirstChild() != null && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
        });
        return out.toString().strip();
    }
}

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

    /** The plain text of prose (see {@link Prose}) without parsing it, or null when the text is not prose. */
    static String ofProse(String markdown) {
        return Prose.plainText(markdown);
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

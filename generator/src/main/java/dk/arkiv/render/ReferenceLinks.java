package dk.arkiv.render;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.link.Reference;
import dk.arkiv.link.ReferenceRecogniser;
import dk.arkiv.link.ReferenceTarget;
import dk.arkiv.site.Urls;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Turns references in a meeting's text ("jf. punkt 3.1", "mødet den 18. juni 2024") into links
 * when their target is in the archive. Works on the Markdown tree, so text inside code, links and
 * headings is never touched. Links use the internal scheme {@value #SCHEME}, which the page
 * renderer makes relative to the page.
 */
final class ReferenceLinks {
    static final String SCHEME = "arkiv:/";

    private final LinkedArchive archive;
    private final ReferenceRecogniser recogniser;
    private final boolean directoryUrls;

    ReferenceLinks(LinkedArchive archive, boolean directoryUrls) {
        this.archive = archive;
        this.recogniser = new ReferenceRecogniser(archive.councils());
        this.directoryUrls = directoryUrls;
    }

    /**
     * Whether any line of a prose text names something that may be a reference; where none does,
     * there is nothing to link and the text need not be parsed. Line by line, as the parser's text
     * nodes end at line breaks; a list item's "- " cannot begin or end a reference.
     */
    boolean mayLink(String prose) {
        for (int start = 0; start < prose.length(); ) {
            int end = prose.indexOf('\n', start);
            if (end < 0) {
                end = prose.length();
            }
            if (end > start && !recogniser.find(prose.substring(start, end)).isEmpty()) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Adds reference links to a parsed document written in {@code context}'s meeting. */
    void link(Node document, PublishedMeeting context) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                // Headings are never linked.
            }

            @Override
            public void visit(Link link) {
                // Text that is already a link stays as written.
            }

            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        for (Text text : texts) {
            linkText(text, context);
        }
    }

    private void linkText(Text text, PublishedMeeting context) {
        String literal = text.getLiteral();
        int done = 0;
        for (Reference reference : recogniser.find(literal)) {
            var target = ReferenceTarget.of(reference, context, archive);
            if (target.isEmpty()) {
                continue;
            }
            if (reference.start() > done) {
                text.insertBefore(new Text(literal.substring(done, reference.start())));
            }
            Link link = new Link(href(target.get()), null);
            link.appendChild(new Text(literal.substring(reference.start(), reference.end())));
            text.insertBefore(link);
            done = reference.end();
        }
        if (done > 0) {
            if (done < literal.length()) {
                text.setLiteral(literal.substring(done));
            } else {
                text.unlink();
            }
        }
    }

    private String href(ReferenceTarget target) {
        String path = target.item().map(Urls::item).orElseGet(() -> Urls.meeting(target.meeting()));
        return SCHEME + path + (directoryUrls ? "" : "index.html");
    }

    /** Removes links that authors wrote with the internal scheme: only references may use it. */
    static void unlinkInternalScheme(Node document) {
        List<Link> forged = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().regionMatches(true, 0, SCHEME, 0, "arkiv:".length())) {
                    forged.add(link);
                }
                visitChildren(link);
            }
        });
        forged.forEach(ReferenceLinks::unwrap);
    }

    /** Replaces a node by its children: a link or image becomes its text. */
    static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }
}

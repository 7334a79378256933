package dk.arkiv.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agenda's group and item headings among the blocks, in the numbering the document
 * uses: KL's "3. Group" and "3.1. Item", or "Punkt 5: Title", or running numbers "715. Title".
 *
 * <p>A numbered line is only a heading when the document's structure agrees: items come in
 * increasing order, a group is followed directly by its first item or the next group, and a bare
 * "5. Title" must be followed by a section, a case number or another heading. So the numbered list
 * "1. Bedre adgang til kapital" inside an item's text stays text.
 */
final class AgendaOutline {
    private static final Pattern CLOSED_TITLE = Pattern.compile(
            "^(?:lukket(?: punkt)?\\s*[:.\\-–]\\s*)|\\s*[(\\[]\\s*lukket(?: punkt)?\\s*[)\\]]\\s*$|\\s*[-–:]\\s*lukket punkt\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final int LOOKAHEAD = 4;

    private final List<Block> blocks;
    private final TableOfContents contents;

    private AgendaOutline(List<Block> blocks, TableOfContents contents) {
        this.blocks = blocks;
        this.contents = contents;
    }

    static List<AgendaHeading> find(List<Block> blocks, TableOfContents contents) {
        return new AgendaOutline(blocks, contents).find();
    }

    private List<AgendaHeading> find() {
        List<AgendaHeading> kl = klHeadings();
        if (kl.stream().anyMatch(h -> !h.group())) {
            return kl;
        }
        List<AgendaHeading> punkt = numberedItems(LineShapes.PUNKT, true);
        if (!punkt.isEmpty()) {
            return punkt;
        }
        return numberedItems(LineShapes.NUMBERED, false);
    }

    /** KL's two-level numbering: groups "3. Title" and items "3.1. Title". */
    private List<AgendaHeading> klHeadings() {
        boolean[] item = new boolean[blocks.size()];
        int[] last = null;
        for (int i = 0; i < blocks.size(); i++) {
            Matcher m = match(LineShapes.KL_ITEM, i, 4);
            if (m == null) {
                continue;
            }
            String number = m.group(1) + "." + m.group(2);
            boolean confirmed = !m.group(3).isEmpty() || contents.title(number).isPresent() || followedByItemText(i);
            int[] parts = parts(number);
            if (confirmed && (last == null || Arrays.compare(parts, last) > 0)) {
                item[i] = true;
                last = parts;
            }
        }
        boolean[] group = new boolean[blocks.size()];
        int nextGroup = Integer.MAX_VALUE;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Matcher m = item[i] ? null : match(LineShapes.GROUP, i, 2);
            if (m == null) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            boolean atEnd = i + 1 == blocks.size();
            boolean beforeItem = i + 1 < blocks.size() && item[i + 1]
                    && blocks.get(i + 1).text().startsWith(n + ".");
            boolean beforeGroup = i + 1 < blocks.size() && group[i + 1] && nextGroup > n;
            if (atEnd || beforeItem || beforeGroup) {
                group[i] = true;
                nextGroup = n;
            }
        }
        List<AgendaHeading> out = new ArrayList<>();
        int lastGroup = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (item[i]) {
                Matcher m = LineShapes.KL_ITEM.matcher(blocks.get(i).text());
                m.matches();
                out.add(heading(i, false, m.group(1) + "." + m.group(2), m.group(4)));
            } else if (group[i]) {
                Matcher m = LineShapes.GROUP.matcher(blocks.get(i).text());
                m.matches();
                int n = Integer.parseInt(m.group(1));
                if (n > lastGroup) {
                    out.add(heading(i, true, m.group(1), m.group(2)));
                    lastGroup = n;
                }
            }
        }
        return out;
    }

    /** Items with one number and no groups: "Punkt 5: Title" (explicit) or "715. Title" (needs confirming). */
    private List<AgendaHeading> numberedItems(Pattern pattern, boolean explicit) {
        boolean[] accepted = new boolean[blocks.size()];
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Matcher m = match(pattern, i, 2);
            if (m == null) {
                continue;
            }
            String title = m.group(2);
            boolean nextIsHeading = i + 1 == blocks.size() || accepted[i + 1];
            accepted[i] = explicit || contents.title(m.group(1)).isPresent() || followedByItemText(i)
                    || isClosedTitle(title) || (nextIsHeading && !title.endsWith("."));
        }
        List<AgendaHeading> out = new ArrayList<>();
        long last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!accepted[i]) {
                continue;
            }
            Matcher m = pattern.matcher(blocks.get(i).text());
            m.matches();
            long n = Long.parseLong(m.group(1));
            if (n > last) {
                out.add(heading(i, false, m.group(1), m.group(2)));
                last = n;
            }
        }
        return out;
    }

    private Matcher match(Pattern pattern, int i, int titleGroup) {
        Block block = blocks.get(i);
        if (block.shape() != Block.Shape.PARAGRAPH) {
            return null;
        }
        Matcher m = pattern.matcher(block.text());
        return m.matches() && LineShapes.looksLikeTitle(m.group(titleGroup)) ? m : null;
    }

    /** A section name, case number or closed marker follows within a few blocks, before any other heading. */
    private boolean followedByItemText(int i) {
        for (int j = i + 1; j < Math.min(blocks.size(), i + 1 + LOOKAHEAD); j++) {
            String text = blocks.get(j).text();
            if (LineShapes.sectionName(text).isPresent() || LineShapes.sectionWithText(text).isPresent()
                    || LineShapes.isSagLine(text) || LineShapes.CLOSED.matcher(text).matches()) {
                return true;
            }
            if (LineShapes.isHeadingCandidate(text)) {
                return false;
            }
        }
        return false;
    }

    private AgendaHeading heading(int index, boolean group, String number, String printed) {
        String title = printed.strip();
        boolean closed = isClosedTitle(title);
        if (closed) {
            title = CLOSED_TITLE.matcher(title).replaceAll("").strip();
        }
        Optional<String> listed = contents.title(number).map(t -> CLOSED_TITLE.matcher(t).replaceAll("").strip());
        if (listed.isPresent() && !listed.get().isEmpty() && !listed.get().endsWith("...")
                && !listed.get().endsWith("…") && !(title.startsWith(listed.get()) && title.length() > listed.get().length())) {
            title = listed.get();
        }
        if (title.isEmpty()) {
            title = closed ? "Lukket punkt" : "Punkt " + number;
        }
        return new AgendaHeading(index, group, number, title.replaceAll("\\s+", " "), closed);
    }

    static boolean isClosedTitle(String title) {
        return CLOSED_TITLE.matcher(title).find() || title.equalsIgnoreCase("lukket punkt");
    }

    private static int[] parts(String number) {
        return Arrays.stream(number.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}

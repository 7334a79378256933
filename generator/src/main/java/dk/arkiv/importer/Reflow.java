package dk.arkiv.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns lines into blocks: joins the lines of a hard-wrapped paragraph, repairs words hyphenated
 * across lines, and rejoins sentences a page break cut in two.
 *
 * <p>Two kinds of export arrive. In the first a paragraph is one long line ("wide"); a blank line
 * then only rarely cuts a sentence, at a page break. In the second every line of a paragraph ends
 * where the PDF's line ended ("hard-wrapped"), often with an empty line between lines and a line
 * of spaces between paragraphs. Both are told apart by their line lengths.
 */
final class Reflow {
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;]([\"”')]*)$");
    private static final Pattern FUNCTION_WORD_END = Pattern.compile(
            ".*\\s(?:og|i|til|for|af|med|på|den|det|de|at|om|en|et|som|der|fra|ved|samt|eller|hos|efter|under|over|mellem|har|er|vil|skal|kan)$");

    private final Hyphenation hyphenation;
    private final boolean hardWrapped;
    private final int width;

    private Reflow(Hyphenation hyphenation, boolean hardWrapped, int width) {
        this.hyphenation = hyphenation;
        this.hardWrapped = hardWrapped;
        this.width = width;
    }

    static List<Block> blocks(List<TextLine> lines) {
        int[] lengths = lines.stream().filter(l -> l.text().length() >= 30).mapToInt(l -> l.text().length())
                .sorted().toArray();
        int width = lengths.length == 0 ? 80 : lengths[(int) (lengths.length * 0.9)];
        long longLines = Arrays.stream(lengths).filter(n -> n > 140).count();
        boolean hardWrapped = lengths.length > 0 && width <= 110 && longLines * 20 < lengths.length;
        return new Reflow(new Hyphenation(Vocabulary.of(lines)), hardWrapped, width).reflow(lines);
    }

    private List<Block> reflow(List<TextLine> lines) {
        List<Block> out = new ArrayList<>();
        Draft draft = null;
        int blanks = 0;
        boolean spaces = false;
        for (TextLine line : lines) {
            if (line.isBlank()) {
                blanks++;
                spaces |= line.spaces();
                continue;
            }
            if (draft != null && continues(draft, line, blanks, spaces)) {
                draft.append(line.text());
            } else {
                if (draft != null) {
                    draft.finish(out);
                }
                draft = new Draft(line);
            }
            blanks = 0;
            spaces = false;
        }
        if (draft != null) {
            draft.finish(out);
        }
        return out;
    }

    /** Whether the line continues the paragraph being built, given the blank lines between them. */
    private boolean continues(Draft draft, TextLine line, int blanks, boolean spaces) {
        String next = line.text();
        String last = draft.lastLine;
        if (draft.standsAlone || line.emphasised() || draft.emphasised) {
            return false;
        }
        if (LineShapes.startsBlock(next) && !midSentence(draft, line, blanks, spaces)) {
            return false;
        }
        if (draft.heading) {
            return blanks == 0 && !LineShapes.startsBlock(next);
        }
        boolean lowerNext = Character.isLowerCase(next.codePointAt(0));
        if (blanks <= 6 && lowerNext && (Hyphenation.endsWithBreakHyphen(last) || !SENTENCE_END.matcher(last).matches())) {
            return true;
        }
        if (!hardWrapped) {
            return blanks == 0 ? lowerNext : last.length() > 100 && next.length() > 60 && blanks <= 4
                    && Character.isLetterOrDigit(last.charAt(last.length() - 1)) && !draft.bullet;
        }
        boolean paragraphGap = spaces || blanks >= 2;
        if (paragraphGap) {
            return false;
        }
        if (last.length() < width * 0.7) {
            return false;
        }
        if (SENTENCE_END.matcher(last).matches() && last.length() < width * 0.9) {
            return false;
        }
        return !looksLikeHeadingLine(draft, last, next);
    }

    /**
     * "... den 1. december" + "2024. Herefter ...": a hard-wrapped line cut mid-sentence, and the next
     * line only looks like a numbered heading.
     */
    private boolean midSentence(Draft draft, TextLine line, int blanks, boolean spaces) {
        String next = line.text();
        return hardWrapped && !draft.heading && !draft.bullet && blanks <= 1 && !spaces
                && draft.lastLine.length() >= width * 0.7 && !SENTENCE_END.matcher(draft.lastLine).matches()
                && LineShapes.isHeadingCandidate(next) && !LineShapes.standsAlone(next) && !LineShapes.isBullet(next);
    }

    /** A one-line paragraph without a sentence's ending, followed by a capital: a sub-heading. */
    private boolean looksLikeHeadingLine(Draft draft, String last, String next) {
        return draft.lines == 1 && !draft.bullet && !SENTENCE_END.matcher(last).matches() && !last.contains(",")
                && Character.isUpperCase(next.codePointAt(0)) && !FUNCTION_WORD_END.matcher(last).matches()
                && !Hyphenation.endsWithBreakHyphen(last)
                && !hyphenation.vocabulary().knowsPair(Hyphenation.lastWord(last), Hyphenation.firstWord(next));
    }

    /** A block being built from one or more lines. */
    private final class Draft {
        final int line;
        final boolean emphasised;
        final boolean standsAlone;
        final boolean heading;
        final boolean bullet;
        final boolean tableRow;
        String text;
        String lastLine;
        int lines = 1;

        Draft(TextLine first) {
            line = first.number();
            emphasised = first.emphasised();
            text = first.text();
            lastLine = text;
            tableRow = text.contains("\t");
            standsAlone = LineShapes.standsAlone(text);
            heading = LineShapes.isHeadingCandidate(text);
            bullet = LineShapes.isBullet(text);
        }

        void append(String next) {
            text = hyphenation.join(text, next);
            lastLine = next;
            lines++;
        }

        void finish(List<Block> out) {
            if (LineShapes.isUrl(text) && !out.isEmpty() && out.get(out.size() - 1).text().equals(text)) {
                return;
            }
            if (tableRow) {
                String[] cells = text.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = hyphenation.repairInside(cells[i].strip());
                }
                out.add(new Block(line, String.join("\t", cells), Block.Shape.TABLE_ROW, emphasised));
            } else if (bullet && !LineShapes.isHeadingCandidate(text)) {
                String body = LineShapes.bulletText(text);
                if (!body.isEmpty()) {
                    out.add(new Block(line, body, Block.Shape.BULLET, emphasised));
                }
            } else {
                out.add(new Block(line, text, Block.Shape.PARAGRAPH, emphasised));
            }
        }
    }
}

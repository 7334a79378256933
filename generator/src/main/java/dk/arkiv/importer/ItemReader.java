package dk.arkiv.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one item's text: the case-file line ("SAG-2024-02547 chbn/jhp", "Sagsnr.: 27.00.00-A00-1-24"),
 * its sections, sub-headings inside them, and the attachments it names ("./." markers, a Bilag
 * section). A closed item keeps its number and title only.
 */
final class ItemReader {
    private static final Pattern INITIALS = Pattern.compile("^[a-zæøå]{2,8}(?:\\s*/\\s*[a-zæøå]{2,8})*$");
    private static final Pattern TITLE_AND_URL = Pattern.compile("^(.*?)\\s*:?\\s*<?(https?://\\S+?)>?$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;,]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\d{1,2}[.)]\\s.*");
    private static final Pattern ATTACHED = Pattern.compile(
            "\\s+(?:er|ligger|findes)\\s+(?:vedlagt|vedhæftet)(?:\\s+(?:som|i|til)\\s+bilag(?:\\s+til\\s+\\S+)?)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ItemReader() {
    }

    static ImportedItem read(AgendaHeading heading, List<Block> body) {
        Optional<String> sag = Optional.empty();
        Optional<String> initials = Optional.empty();
        boolean closed = heading.closed();
        List<Block> intro = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<List<Block>> sections = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            String text = block.text();
            Matcher m;
            if (sag.isEmpty() && sections.isEmpty() && (m = LineShapes.SAG_LINE.matcher(text)).matches()) {
                sag = Optional.of(m.group(1));
                String rest = m.group(2).strip().toLowerCase(Locale.ROOT);
                initials = INITIALS.matcher(rest).matches() ? Optional.of(rest.replaceAll("\\s+", "")) : Optional.empty();
                continue;
            }
            if (sag.isEmpty() && sections.isEmpty() && (m = LineShapes.CASE_NUMBER.matcher(text)).matches()) {
                sag = Optional.of(m.group(1).strip());
                continue;
            }
            if (i < 4 && sections.isEmpty() && LineShapes.CLOSED.matcher(text).matches()) {
                closed = true;
                continue;
            }
            Optional<String> name = block.shape() == Block.Shape.PARAGRAPH ? LineShapes.sectionName(text) : Optional.empty();
            Optional<String[]> withText = block.shape() == Block.Shape.PARAGRAPH ? LineShapes.sectionWithText(text)
                    : Optional.empty();
            if (name.isPresent()) {
                names.add(name.get());
                sections.add(new ArrayList<>());
            } else if (withText.isPresent()) {
                names.add(withText.get()[0]);
                sections.add(new ArrayList<>(List.of(new Block(block.line(), withText.get()[1], Block.Shape.PARAGRAPH,
                        false))));
            } else if (sections.isEmpty()) {
                intro.add(block);
            } else {
                sections.get(sections.size() - 1).add(block);
            }
        }
        if (closed) {
            return new ImportedItem(heading.number(), heading.title(), initials, sag, List.of(), List.of(), true, "",
                    List.of());
        }
        List<ImportedAttachment> attachments = new ArrayList<>();
        String introduction = render(intro, false, attachments);
        List<ImportedSection> imported = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            boolean bilag = names.get(s).toLowerCase(Locale.ROOT).startsWith("bilag");
            imported.add(new ImportedSection(names.get(s), render(sections.get(s), bilag, attachments)));
        }
        return new ImportedItem(heading.number(), heading.title(), initials, sag, List.of(),
                distinct(attachments), false, introduction, imported);
    }

    /** The blocks as Markdown; the attachments they name are added to the list. */
    private static String render(List<Block> blocks, boolean bilag, List<ImportedAttachment> attachments) {
        MarkdownText markdown = new MarkdownText();
        int markerLine = -1;
        String lastSubHeading = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = block.text();
            Matcher marker = LineShapes.ATTACHMENT_MARKER.matcher(text);
            if (marker.matches()) {
                String title = marker.group(1).strip();
                if (title.isEmpty()) {
                    // A bare "./." says "attached"; what is attached is named by the sub-heading above, or the next sentence.
                    if (lastSubHeading != null) {
                        attachments.add(ImportedAttachment.titled(lastSubHeading));
                    } else if (i + 1 < blocks.size()) {
                        attachments.add(ImportedAttachment.titled(firstSentence(blocks.get(i + 1).text())));
                    }
                    markerLine = -1;
                    continue;
                }
                attachments.add(markedAttachment(title, lastSubHeading));
                markerLine = block.line();
                markdown.add(new Block(block.line(), title, block.shape(), false));
                continue;
            }
            if (markerLine > 0 && block.line() == markerLine + 1 && block.shape() == Block.Shape.PARAGRAPH) {
                attachments.add(attachment(text));
                markerLine = block.line();
                markdown.add(new Block(block.line(), text, Block.Shape.BULLET, false));
                continue;
            }
            markerLine = -1;
            if (bilag && block.shape() != Block.Shape.TABLE_ROW && (text.length() <= 200 || text.contains("http"))) {
                attachments.add(attachment(text));
                markdown.add(block);
                continue;
            }
            if (isSubHeading(block, i + 1 < blocks.size() ? blocks.get(i + 1) : null)) {
                markdown.subHeading(text);
                lastSubHeading = text;
                continue;
            }
            markdown.add(block);
        }
        return markdown.markdown();
    }

    /** A short line set apart, without a sentence's ending, with text after it. */
    private static boolean isSubHeading(Block block, Block next) {
        if (block.shape() != Block.Shape.PARAGRAPH || next == null || LineShapes.isUrl(block.text())) {
            return false;
        }
        String text = block.text();
        if (block.emphasised()) {
            return text.length() <= 150;
        }
        if (NUMBERED_LINE.matcher(text).matches()) {
            return false;
        }
        int words = SPACES.split(text).length;
        return text.length() <= 90 && words <= 12 && LineShapes.looksLikeTitle(text) && !text.contains(",")
                && !SENTENCE_END.matcher(text).matches() && !text.contains("](")
                && !(next.isBullet() && words > 4)
                && !(next.shape() == Block.Shape.PARAGRAPH && next.text().length() <= 90
                        && !SENTENCE_END.matcher(next.text()).matches() && !next.emphasised());
    }

    private static ImportedAttachment attachment(String text) {
        Matcher m = TITLE_AND_URL.matcher(text.strip());
        if (m.matches()) {
            String title = m.group(1).strip().replaceAll("[:.]+$", "");
            return new ImportedAttachment(title.isEmpty() ? m.group(2) : title, Optional.empty(), Optional.of(m.group(2)));
        }
        Matcher link = Pattern.compile("^\\[(.*)\\]\\((https?://[^)]+)\\)\\.?$").matcher(text.strip());
        if (link.matches()) {
            return new ImportedAttachment(link.group(1).replace("\\[", "[").replace("\\]", "]"), Optional.empty(),
                    Optional.of(link.group(2)));
        }
        String title = text.strip().replaceAll("^\\./\\.+\\s*", "").replaceAll("[.:;]+$", "").strip();
        String shortened = ATTACHED.matcher(title).replaceFirst("").strip();
        return ImportedAttachment.titled(shortened.isEmpty() ? title : shortened);
    }

    /**
     * "./. Årsregnskab 2023" names the attachment; a marker before a whole paragraph names it in the
     * sentence that says "vedlagt", or else in the sub-heading above.
     */
    private static ImportedAttachment markedAttachment(String text, String lastSubHeading) {
        if (text.length() <= 100) {
            return attachment(text);
        }
        for (String sentence : text.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
            if (sentence.toLowerCase(Locale.ROOT).contains("vedlagt") && sentence.length() <= 150) {
                return attachment(sentence);
            }
        }
        return lastSubHeading != null ? ImportedAttachment.titled(lastSubHeading) : attachment(firstSentence(text));
    }

    private static String firstSentence(String text) {
        String sentence = text.split("(?<=[.!?])\\s")[0].replaceAll("[.:;]+$", "").strip();
        return sentence.length() > 160 ? sentence.substring(0, 157).strip() + "..." : sentence;
    }

    private static List<ImportedAttachment> distinct(List<ImportedAttachment> attachments) {
        List<ImportedAttachment> out = new ArrayList<>();
        for (ImportedAttachment a : attachments) {
            if (!a.title().isBlank() && out.stream().noneMatch(b -> b.title().equals(a.title()))) {
                out.add(a);
            }
        }
        return out;
    }
}

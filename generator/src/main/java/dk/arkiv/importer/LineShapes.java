package dk.arkiv.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line looks like on its own: a bullet, a numbered heading, a section name, a case-file
 * line, a member of an attendance list. The shapes of FirstAgenda, eDoc/OS2dagsorden and Word
 * documents are here beside KL's, so one place answers "what can start a new block".
 */
final class LineShapes {
    static final Pattern BULLET = Pattern.compile("^(?:[-–—•·▪■◦○●\u2043\uF0B7*o])\\s*(?=\\S|$)(.*)$");
    static final Pattern ATTACHMENT_MARKER = Pattern.compile("^(?:[-–•]\\s*)?\\./\\.{1,2}\\s*(.*)$");
    static final Pattern KL_ITEM = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})(\\.?)\\s+(.+)$");
    static final Pattern GROUP = Pattern.compile("^(\\d{1,2})\\.\\s+(.+)$");
    static final Pattern PUNKT = Pattern.compile(
            "^(?:[•·▪-]\\s*)?(?:Punkt|Pkt\\.?|Dagsordenspunkt)\\s*(\\d{1,4})\\s*[:.)\\-–]?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NUMBERED = Pattern.compile("^(?:[•·▪]\\s*)?(\\d{1,4})\\.\\s+(.+)$");
    static final Pattern SAG_LINE = Pattern.compile("^(SAG-\\d{4}-\\d+)\\s*(.*)$");
    static final Pattern CASE_NUMBER = Pattern.compile(
            "^(?:Sagsnr|Sags nr|Sagsnummer|Sag nr|J\\.\\s?nr|Journalnr|Acadre sagsnr|Dokumentnr)\\.?\\s*:?\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern URL = Pattern.compile("^<?(https?://\\S+?)>?$");
    static final Pattern PERSON = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’\\- ]{1,60}?)\\s*,?\\s*\\(([\\p{Lu}]{1,2})\\)\\s*,?\\s*(.*)$");
    private static final Pattern PERSON_REST = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?(?:\\s+[Kk]ommune)?)?\\s*(?:[,;]?\\s*(?:suppl|suppleant|stedfortræder|i stedet|formand|næstformand|medlem).*)?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CLOSED = Pattern.compile(
            "^(?:\\(?lukket(?: punkt| sag| møde)?\\)?[.:]?|lukket punkt\\b.*|fortroligt punkt.*|punktet er lukket.*)$",
            Pattern.CASE_INSENSITIVE);

    /** Section names of KL's and other systems' documents, lower case. */
    static final List<String> SECTIONS = List.of("baggrund", "indstilling", "indstillinger", "sagsfremstilling",
            "beslutning", "beslutninger", "bilag", "resume", "resumé", "sammendrag", "sagsbeskrivelse",
            "beskrivelse", "økonomi", "økonomiske konsekvenser", "lovgrundlag", "høring", "kommunikation", "tidsplan",
            "videre proces", "forslag", "administrationens indstilling", "direktionens indstilling",
            "forvaltningens indstilling", "borgmesterens indstilling", "sagens baggrund", "sagens indhold",
            "bemærkninger", "retsgrundlag", "supplerende sagsfremstilling", "tidligere beslutninger",
            "beslutningskompetence", "vurdering", "handicappolitisk vurdering", "miljøvurdering",
            "bevillingsmæssige konsekvenser", "konsekvenser", "personalemæssige konsekvenser", "bilag til punktet");
    /** Labels of the header and of attendance lists, which start a line of their own in every system. */
    static final Pattern LABEL = Pattern.compile(
            "^(?:dato|sted|mødested|mødedato|mødetidspunkt|mødetid|tidspunkt|lokale|mødelokale|tid"
                    + "|afbud|fraværende|afbud\\s*/\\s*fraværende|tilstede|til stede|deltagere|medlemmer|mødedeltagere"
                    + "|fremmødte|gæster|øvrige deltagere)\\s*:.*|^(?:afbud|fraværende|afbud\\s*/\\s*fraværende|tilstede"
                    + "|til stede|deltagere|medlemmer|mødedeltagere|fremmødte|deltagerfortegnelse)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DECISION_OF = Pattern.compile("^\\p{Lu}[\\p{L}\\-]+s beslutning(?: den .*)?$");
    private static final Pattern SECTION_WITH_TEXT = Pattern.compile("^([\\p{L} ]{4,40}?)\\s*:\\s+(\\S.*)$");

    private static final Pattern RULE = Pattern.compile("^[-–—]{3,}$");
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("^-\\d.*");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:.]+$");

    private LineShapes() {
    }

    static boolean isBullet(String text) {
        Matcher m = BULLET.matcher(text);
        return m.matches() && !RULE.matcher(text).matches() && !NEGATIVE_NUMBER.matcher(text).matches()
                && !(text.startsWith("o") && !text.startsWith("o "))
                && !(text.startsWith("*") && !text.startsWith("* "));
    }

    static String bulletText(String text) {
        Matcher m = BULLET.matcher(text);
        return m.matches() ? m.group(1).strip() : text;
    }

    static boolean isUrl(String text) {
        return URL.matcher(text).matches();
    }

    /** A known section name, with or without a colon: "Beslutning", "Resume:". */
    static Optional<String> sectionName(String text) {
        String name = TRAILING_COLON.matcher(text).replaceAll("").strip();
        if (name.length() > 45) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (SECTIONS.contains(lower) || DECISION_OF.matcher(name).matches()) {
            return Optional.of(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
        }
        return Optional.empty();
    }

    /** "Beslutning: Godkendt." as a section name and its first text. */
    static Optional<String[]> sectionWithText(String text) {
        Matcher m = SECTION_WITH_TEXT.matcher(text);
        if (m.matches() && sectionName(m.group(1)).isPresent()) {
            return Optional.of(new String[] {sectionName(m.group(1)).get(), m.group(2).strip()});
        }
        return Optional.empty();
    }

    static boolean isHeadingCandidate(String text) {
        return startsTitle(KL_ITEM, text, 4) || startsTitle(GROUP, text, 2) || startsTitle(PUNKT, text, 2)
                || startsTitle(NUMBERED, text, 2);
    }

    /** The pattern matches and its title group starts like a title, not like "3. september". */
    static boolean startsTitle(Pattern pattern, String text, int titleGroup) {
        Matcher m = pattern.matcher(text);
        return m.matches() && looksLikeTitle(m.group(titleGroup));
    }

    static boolean looksLikeTitle(String title) {
        if (title.isEmpty()) {
            return false;
        }
        int first = title.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"”“„«'(".indexOf(first) >= 0;
    }

    /** "Torben Hansen (A), Randers", "Peter E. Nielsen (A) Frederikshavn Kommune, Suppl. for Birgit Hansen". */
    static boolean isPerson(String text) {
        Matcher m = PERSON.matcher(text);
        return m.matches() && PERSON_REST.matcher(m.group(3)).matches() && m.group(1).strip().contains(" ");
    }

    static boolean isSagLine(String text) {
        return SAG_LINE.matcher(text).matches() || CASE_NUMBER.matcher(text).matches();
    }

    /** A line that always starts a block of its own, whatever came before it. */
    static boolean startsBlock(String text) {
        return isBullet(text) || ATTACHMENT_MARKER.matcher(text).matches() || isHeadingCandidate(text)
                || sectionName(text).isPresent() || sectionWithText(text).isPresent() || isSagLine(text)
                || isUrl(text) || isPerson(text) || text.contains("\t") || CLOSED.matcher(text).matches()
                || LABEL.matcher(text).matches();
    }

    /** A line that takes no continuation: the next line starts a block of its own. */
    static boolean standsAlone(String text) {
        return sectionName(text).isPresent() || isSagLine(text) || isUrl(text) || isPerson(text)
                || text.contains("\t") || CLOSED.matcher(text).matches() || LABEL.matcher(text).matches();
    }
}

package dk.arkiv.importer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what converters leave in text: stray HTML ({@code <b>}, {@code <sub>}), heading marks
 * and emphasis around whole lines (kept as a hint that the line is a heading), block quotes,
 * backslash escapes, and links that lead nowhere ({@code [text](#)}). Links with a real target
 * stay Markdown links.
 */
final class MarkdownResidue {
    private static final Pattern SUBSCRIPT = Pattern.compile("<sub>\\s*([0-9]+)\\s*</sub>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern STRONG_LINE = Pattern.compile("^(\\*\\*|__)(\\S(?:.*\\S)?)\\1[:.]?$");
    private static final Pattern EMPHASIS_LINE = Pattern.compile("^([*_])(?![*_\\s])(.*\\S)\\1[:.]?$");
    private static final Pattern BOLD_LABEL = Pattern.compile("^(?:\\*\\*|__)([^*_]{1,30}?:)\\s*(?:\\*\\*|__)\\s*");
    private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\])*)\\]\\(([^)\\s]*)\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");
    private static final Pattern EMPHASIS_MARKS = Pattern.compile("(\\*\\*|__|(?<![\\p{L}\\p{N}])[*_]|[*_](?![\\p{L}\\p{N}]))");
    private static final Pattern EDGE_SPACES = Pattern.compile("^ +| +$");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\u2002\\u2003]{2,}(?=\\S)");
    private static final Map<String, String> ENTITIES = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">",
            "&nbsp;", " ", "&quot;", "\"", "&#39;", "'", "&shy;", "");
    private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

    private MarkdownResidue() {
    }

    static TextLine clean(int number, String raw) {
        boolean spaces = !raw.isEmpty() && raw.isBlank();
        String text = raw.replace('\u00A0', ' ').replace("\u00AD", "");
        text = subscripts(text);
        text = TAG.matcher(text).replaceAll("");
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            text = text.replace(entity.getKey(), entity.getValue());
        }
        text = text.contains("\t") ? EDGE_SPACES.matcher(text).replaceAll("") : text.strip();
        while (text.startsWith(">")) {
            text = text.substring(1).strip();
        }
        text = BOLD_LABEL.matcher(text).replaceFirst("$1 ");
        boolean emphasised = false;
        Matcher heading = HEADING.matcher(text);
        if (heading.matches()) {
            text = EMPHASIS_MARKS.matcher(heading.group(1)).replaceAll("").strip();
            emphasised = true;
        }
        Matcher strong = STRONG_LINE.matcher(text);
        Matcher em = EMPHASIS_LINE.matcher(text);
        if (strong.matches() && !strong.group(2).contains("**")) {
            text = strong.group(2).strip();
            emphasised = true;
        } else if (em.matches() && !em.group(2).contains(em.group(1))) {
            text = em.group(2).strip();
            emphasised = true;
        }
        text = links(text);
        text = SPACE_RUN.matcher(text).replaceAll(" ");
        return new TextLine(number, text.isBlank() ? "" : text.contains("\t") ? EDGE_SPACES.matcher(text).replaceAll("")
                : text.strip(), emphasised, spaces);
    }

    /** "CO<sub>2</sub>" is written "CO₂", as the PDF shows it. */
    private static String subscripts(String text) {
        Matcher m = SUBSCRIPT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            m.group(1).chars().forEach(c -> digits.append(SUBSCRIPT_DIGITS.charAt(c - '0')));
            m.appendReplacement(out, Matcher.quoteReplacement(digits.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String links(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(unescape(text.substring(last, m.start())));
            String label = unescape(unescape(m.group(1))).strip();
            String target = m.group(2);
            if (target.isEmpty() || target.startsWith("#")) {
                out.append(label);
            } else if (label.equals(target) || label.isEmpty()) {
                out.append('<').append(target).append('>');
            } else {
                out.append('[').append(label.replace("[", "\\[").replace("]", "\\]")).append("](")
                        .append(target).append(')');
            }
            last = m.end();
        }
        out.append(unescape(text.substring(last)));
        return out.toString();
    }

    private static String unescape(String text) {
        return ESCAPE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }
}

package dk.arkiv.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that is not the meeting's: KL's Mission/Vision statement and the table of contents
 * (dot leaders, page numbers after a tab). The table's entries are kept for item titles.
 */
final class Boilerplate {
    private static final Pattern DOT_LEADER = Pattern.compile("^(.*?\\S)\\s*(?:\\.\\s?){3,}\\s*(\\d{1,4})?\\s*$");
    private static final Pattern TAB_PAGE = Pattern.compile("^([^\\t]*\\S)\\s*\\t\\s*(\\d{1,4})\\s*$");
    private static final Pattern NUMBER_TAB = Pattern.compile("^((?:Punkt\\s+)?\\d+(?:\\.\\d+)*[.:]?)\\t+");
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:(?:Punkt|Pkt\\.?)\\s*)?(\\d+(?:\\.\\d+)*)[.:]?\\s+(.*?)[\\s.]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADER_DOTS = Pattern.compile("\\.{3,}|\\s\\.\\s*\\d*\\s*$|(\\.\\s){3,}");
    private static final List<String> TOC_TITLES = List.of("indholdsfortegnelse", "indhold", "dagsordenspunkter");

    record Result(List<TextLine> lines, TableOfContents contents) {
    }

    private Boilerplate() {
    }

    static Result remove(List<TextLine> lines) {
        List<TextLine> withoutMission = withoutMissionAndVision(lines);
        return withoutContents(withoutMission);
    }

    /** KL prints the same Mission and Vision paragraphs on every cover page. */
    private static List<TextLine> withoutMissionAndVision(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).text().equalsIgnoreCase("mission")) {
                continue;
            }
            int end = -1;
            for (int j = i + 1; j < Math.min(out.size(), i + 60); j++) {
                if (out.get(j).text().contains("samfundet.")) {
                    end = j;
                    break;
                }
            }
            if (end > 0) {
                out.subList(i, end + 1).clear();
            }
            break;
        }
        return out;
    }

    private static Result withoutContents(List<TextLine> lines) {
        int limit = Math.max(40, lines.size() * 2 / 5);
        List<TextLine> out = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            int end = runEnd(lines, i);
            if (i < limit && end > i) {
                for (int j = i; j < end; j++) {
                    entry(lines.get(j).text(), titles);
                }
                while (!out.isEmpty() && (out.get(out.size() - 1).isBlank()
                        || TOC_TITLES.contains(out.get(out.size() - 1).text().toLowerCase(Locale.ROOT)))) {
                    out.remove(out.size() - 1);
                }
                i = end;
                continue;
            }
            out.add(lines.get(i));
            i++;
        }
        return new Result(out, new TableOfContents(titles));
    }

    /** The end (exclusive) of a run of two or more contents lines starting at i, or i when there is none. */
    private static int runEnd(List<TextLine> lines, int i) {
        if (!isContentsLine(lines.get(i).text())) {
            return i;
        }
        int count = 0;
        int end = i;
        for (int j = i; j < lines.size(); j++) {
            TextLine line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            if (!isContentsLine(line.text())) {
                break;
            }
            count++;
            end = j + 1;
        }
        boolean dotted = DOT_LEADER.matcher(lines.get(i).text()).matches();
        return count >= 2 || (dotted && count == 1) ? end : i;
    }

    static boolean isContentsLine(String text) {
        String line = NUMBER_TAB.matcher(text).replaceFirst("$1 ");
        return DOT_LEADER.matcher(line).matches() && LEADER_DOTS.matcher(line).find()
                || TAB_PAGE.matcher(line).matches();
    }

    private static void entry(String text, Map<String, String> titles) {
        String line = NUMBER_TAB.matcher(text).replaceFirst("$1 ");
        Matcher dotted = DOT_LEADER.matcher(line);
        Matcher tabbed = TAB_PAGE.matcher(line);
        String title = dotted.matches() ? dotted.group(1) : tabbed.matches() ? tabbed.group(1) : line;
        Matcher e = ENTRY.matcher(title.replaceAll("[\\s.]+$", ""));
        if (e.matches() && !e.group(2).isBlank()) {
            titles.putIfAbsent(e.group(1), e.group(2).strip());
        }
    }
}

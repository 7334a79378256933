package dk.arkiv.content;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * @param yaml the text between the two {@code ---} lines
 * @param yamlFirstLine the file line where the YAML starts (1-based)
 * @param body the text after the closing {@code ---}
 * @param bodyFirstLine the file line where the body starts (1-based)
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    public static Optional<FrontMatter> split(SourceFile file, String text, Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.error(file, 1, 1, "the file is empty; it must start with '---', the front matter,"
                    + " and a closing '---'");
            return Optional.empty();
        }
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            diagnostics.error(file, 1, 1, "the file must start with a line '---' that opens the front matter");
            return Optional.empty();
        }
        int pos = 4;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.equals("---") || current.equals("...")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        diagnostics.error(file, 1, 1, "the front matter opened here is never closed; add a line '---'"
                + " after the last field");
        return Optional.empty();
    }
}

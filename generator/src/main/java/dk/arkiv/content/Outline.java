package dk.arkiv.content;

import java.util.List;

/**
 * The heading structure of a meeting file's body: groups ({@code #}), items ({@code ##}) and
 * sections ({@code ###}), with the Markdown between them.
 */
public record Outline(List<Group> groups) {

    /** @param number empty when the heading has no number */
    public record Group(String number, String title, int line, List<ItemText> items) {
    }

    /** @param headingTitle the title as written in the heading, after the number */
    public record ItemText(String number, String headingTitle, int line, String introduction,
                           List<SectionText> sections) {
    }

    /** @param textLine the file line where the text starts */
    public record SectionText(String heading, String markdown, int line, int textLine) {
    }
}

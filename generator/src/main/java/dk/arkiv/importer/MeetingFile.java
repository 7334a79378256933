package dk.arkiv.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an imported meeting in the content format: YAML front matter with the facts and the
 * items, then the body with "# group", "## number. title" and "### section" headings. The same
 * meeting always gives the same bytes.
 */
final class MeetingFile {

    private MeetingFile() {
    }

    static String render(ImportedMeeting meeting) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("council: ").append(meeting.council()).append('\n');
        out.append("kind: ").append(meeting.kind().code()).append('\n');
        out.append("date: ").append(meeting.date()).append('\n');
        meeting.time().ifPresent(t -> out.append("time: ").append(YamlText.quoted(t)).append('\n'));
        meeting.place().ifPresent(p -> out.append("place: ").append(YamlText.scalar(p)).append('\n'));
        meeting.sag().ifPresent(s -> out.append("sag: ").append(YamlText.scalar(s)).append('\n'));
        members(out, "attendees", meeting.attendees());
        members(out, "absent", meeting.absent());
        if (!meeting.guests().isEmpty()) {
            out.append("guests:\n");
            for (Guest guest : meeting.guests()) {
                out.append("  - ").append(flow(List.of(field("name", Optional.of(guest.name())),
                        field("title", guest.title()), field("organisation", guest.organisation())))).append('\n');
            }
        }
        out.append("items:\n");
        for (ImportedItem item : meeting.items()) {
            item(out, item);
        }
        out.append("---\n");
        for (ImportedGroup group : meeting.groups()) {
            if (!group.isUnnamed()) {
                out.append("\n# ").append(group.number()).append(". ").append(MarkdownText.escapeHeading(group.title()))
                        .append('\n');
            }
            for (ImportedItem item : group.items()) {
                body(out, item);
            }
        }
        return out.toString();
    }

    private static void members(StringBuilder out, String key, List<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        out.append(key).append(":\n");
        for (Member m : members) {
            out.append("  - ").append(flow(List.of(field("name", Optional.of(m.name())), field("party", m.party()),
                    field("municipality", m.municipality()), field("substitute_for", m.substituteFor())))).append('\n');
        }
    }

    private static void item(StringBuilder out, ImportedItem item) {
        out.append("  - number: ").append(YamlText.quoted(item.number())).append('\n');
        out.append("    title: ").append(YamlText.scalar(item.title())).append('\n');
        if (!item.topics().isEmpty()) {
            out.append("    topics: [").append(String.join(", ", item.topics().stream().map(YamlText::scalar).toList()))
                    .append("]\n");
        }
        item.initials().ifPresent(i -> out.append("    initials: ").append(YamlText.scalar(i)).append('\n'));
        item.sag().ifPresent(s -> out.append("    sag: ").append(YamlText.scalar(s)).append('\n'));
        if (item.closed()) {
            out.append("    closed: true\n");
        }
        if (!item.attachments().isEmpty() && !item.closed()) {
            out.append("    attachments:\n");
            for (ImportedAttachment a : item.attachments()) {
                out.append("      - ").append(flow(List.of(field("title", Optional.of(a.title())), field("file", a.file()),
                        field("url", a.url())))).append('\n');
            }
        }
    }

    private static void body(StringBuilder out, ImportedItem item) {
        out.append("\n## ").append(item.number()).append(". ").append(MarkdownText.escapeHeading(item.title()))
                .append('\n');
        if (item.closed()) {
            return;
        }
        if (!item.introduction().isBlank()) {
            out.append('\n').append(item.introduction()).append('\n');
        }
        for (ImportedSection section : item.sections()) {
            out.append("\n### ").append(MarkdownText.escapeHeading(section.heading())).append('\n');
            if (!section.markdown().isBlank()) {
                out.append('\n').append(section.markdown()).append('\n');
            }
        }
    }

    private record Field(String key, Optional<String> value) {
    }

    private static Field field(String key, Optional<String> value) {
        return new Field(key, value);
    }

    private static String flow(List<Field> fields) {
        List<String> parts = new ArrayList<>();
        for (Field f : fields) {
            f.value().filter(v -> !v.isBlank()).ifPresent(v -> parts.add(f.key() + ": " + YamlText.scalar(v)));
        }
        return "{" + String.join(", ", parts) + "}";
    }
}

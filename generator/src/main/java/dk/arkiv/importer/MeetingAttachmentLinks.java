package dk.arkiv.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lists imported attachment documents on their items in an existing meeting file, so they appear
 * on the item pages. The front matter is edited line by line, leaving everything else as written;
 * an item written in another layout is reported, not rewritten.
 */
final class MeetingAttachmentLinks {

    private MeetingAttachmentLinks() {
    }

    /** Adds the attachments to the items; returns the items that could not be found. */
    static List<String> add(Path meetingFile, Map<String, List<ImportedAttachment>> byItem) throws IOException {
        List<String> lines = new ArrayList<>(List.of(Files.readString(meetingFile, StandardCharsets.UTF_8)
                .replace("\r\n", "\n").split("\n", -1)));
        int end = frontMatterEnd(lines);
        List<String> missing = new ArrayList<>();
        boolean changed = false;
        for (Map.Entry<String, List<ImportedAttachment>> entry : byItem.entrySet()) {
            Pattern start = Pattern.compile("^  - number:\\s*[\"']?" + Pattern.quote(entry.getKey()) + "[\"']?\\s*$");
            int at = -1;
            for (int i = 0; i < end; i++) {
                if (start.matcher(lines.get(i)).matches()) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                missing.add(entry.getKey());
                continue;
            }
            int blockEnd = at + 1;
            while (blockEnd < end && lines.get(blockEnd).startsWith("    ")) {
                blockEnd++;
            }
            int listAt = -1;
            for (int i = at + 1; i < blockEnd; i++) {
                if (lines.get(i).startsWith("    attachments:")) {
                    listAt = i;
                }
            }
            List<String> added = new ArrayList<>();
            for (ImportedAttachment a : entry.getValue()) {
                String file = a.file().orElse("");
                boolean present = lines.subList(at, blockEnd).stream().anyMatch(l -> l.contains(file));
                if (!present) {
                    added.add("      - {title: " + YamlText.scalar(a.title()) + ", file: " + YamlText.scalar(file) + "}");
                }
            }
            if (added.isEmpty()) {
                continue;
            }
            if (listAt < 0) {
                added.add(0, "    attachments:");
                lines.addAll(blockEnd, added);
            } else {
                int insert = listAt + 1;
                while (insert < blockEnd && lines.get(insert).startsWith("      ")) {
                    insert++;
                }
                lines.addAll(insert, added);
            }
            end += added.size();
            changed = true;
        }
        if (changed) {
            AtomicFile.write(meetingFile, String.join("\n", lines));
        }
        return missing;
    }

    private static int frontMatterEnd(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        return 0;
    }
}

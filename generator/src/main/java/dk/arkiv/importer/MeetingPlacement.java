package dk.arkiv.importer;

import dk.arkiv.model.MeetingKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a meeting file goes: {@code meetings/<council>/<date>.md}, or {@code <date>.dagsorden.md}
 * when the minutes of that date are already there. An existing file is only replaced with --force.
 */
final class MeetingPlacement {
    private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*(\\S+)\\s*$");

    private MeetingPlacement() {
    }

    static Outcome<Path> place(Path content, ImportedMeeting meeting, boolean force, Path source) {
        Path folder = content.resolve("meetings").resolve(meeting.council());
        Path minutesPath = folder.resolve(meeting.date() + ".md");
        if (!Files.exists(minutesPath)) {
            return Outcome.done(minutesPath);
        }
        Optional<MeetingKind> existing = kindOf(minutesPath);
        if (meeting.kind() == MeetingKind.AGENDA && existing.equals(Optional.of(MeetingKind.MINUTES))) {
            Path agendaPath = folder.resolve(meeting.date() + ".dagsorden.md");
            return !Files.exists(agendaPath) || force ? Outcome.done(agendaPath)
                    : Outcome.refused(Problem.whole(source, agendaPath + " already exists; pass --force to overwrite it"));
        }
        if (force) {
            return Outcome.done(minutesPath);
        }
        String hint = meeting.kind() == MeetingKind.MINUTES && existing.equals(Optional.of(MeetingKind.AGENDA))
                ? "; it holds the agenda: rename it to " + meeting.date() + ".dagsorden.md to keep both, or pass --force"
                : "; pass --force to overwrite it";
        return Outcome.refused(Problem.whole(source, minutesPath + " already exists" + hint));
    }

    private static Optional<MeetingKind> kindOf(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf("\n---", 3);
            Matcher m = KIND.matcher(end > 0 ? text.substring(0, end) : text);
            return m.find() ? MeetingKind.fromCode(m.group(1).strip().toLowerCase(Locale.ROOT)) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}

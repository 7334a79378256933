package dk.arkiv.bench;

import dk.arkiv.Arkiv;
import dk.arkiv.BuildRequest;
import dk.arkiv.PreviewState;
import dk.arkiv.write.MemorySite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How long the preview server takes from a saved meeting file to the rebuilt site: one server
 * state in one process, as {@code arkiv serve} keeps it, and a series of saves of one meeting,
 * each timed around the server's own build. bench/preview.sh runs it on a benchmark corpus.
 * Not a test: timings depend on the machine.
 *
 * <p>Edits: {@code text} adds a sentence under the first section heading, {@code title} changes
 * the first item's title, {@code place} the meeting's place, {@code attendance} removes the first
 * attendee on every other save and puts them back on the next, {@code kind} turns the agenda into
 * minutes (or the minutes into an agenda) on every other save and back on the next, {@code date}
 * moves the meeting to the next free day (a new file name) and back. The file is restored at the
 * end.
 */
public final class PreviewBenchmark {
    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: PreviewBenchmark CONTENT TEMPLATES text|title|place|attendance|kind|date [SAVES]");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        String edit = args[2];
        int saves = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path file = meetingToEdit(content);
        String original = Files.readString(file);
        edited(original, edit, 0); // fails now, not after the first build, on a file it cannot edit

        BuildRequest request = new BuildRequest(content, Path.of(args[1]), content.resolve("unused"),
                Optional.empty(), false, LocalDateTime.now());
        PreviewState state = new PreviewState();
        MemorySite site = new MemorySite();
        long start = System.nanoTime();
        Arkiv.Preview first = new Arkiv().preview(request, site, state, false);
        System.out.printf("first build: %d ms, %d pages; editing %s (%s)%n", millisSince(start),
                first.result().pages(), content.relativize(file), edit);

        List<Long> times = new ArrayList<>();
        Path moved = movedTo(file);
        try {
            for (int i = 0; i < saves; i++) {
                if (edit.equals("date")) {
                    // A new date is a new file name: the meeting is removed and another added.
                    Path from = i % 2 == 0 ? file : moved;
                    Path to = i % 2 == 0 ? moved : file;
                    Files.writeString(to, i % 2 == 0 ? withDateOf(original, moved) : original);
                    Files.delete(from);
                } else {
                    Files.writeString(file, edited(original, edit, i));
                }
                // A later stamp on every save, as saves seconds apart would give.
                Path saved = edit.equals("date") && i % 2 == 0 ? moved : file;
                Files.setLastModifiedTime(saved, FileTime.fromMillis(System.currentTimeMillis() + (i + 1) * 1000L));
                start = System.nanoTime();
                Arkiv.Preview preview = new Arkiv().preview(request, site, state, false);
                long millis = millisSince(start);
                times.add(millis);
                System.out.printf("save %d: %d ms, %d pages rendered%s%n", i + 1, millis, preview.rendered(),
                        preview.result().succeeded() ? "" : ", FAILED: " + preview.result().diagnostics());
            }
        } finally {
            Files.deleteIfExists(moved);
            Files.writeString(file, original);
        }
        // The first saves run code the JIT has not compiled yet; a server that has run a while is past them.
        for (int skipped : new int[] {2, 10}) {
            if (times.size() > skipped) {
                System.out.println("median after the first " + skipped + " saves: " + median(times, skipped) + " ms");
            }
        }
    }

    /** The first meeting file, in order, with a place, attendees and a section to edit. */
    private static Path meetingToEdit(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("meetings"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                if (text.contains("\nplace: ") && text.contains("\nattendees:\n  - ") && text.contains("\n### ")) {
                    return file;
                }
            }
        }
        throw new IllegalArgumentException("no meeting in " + content + " has a place, attendees and sections");
    }

    static String edited(String text, String edit, int save) {
        return switch (edit) {
            case "text" -> replaceFirst(text, "(\n### [^\n]*\n)", "$1\nSætning nummer " + save + " er tilføjet.\n");
            case "title" -> replaceFirst(text, "(\n    title: [^\n]*)", "$1 (" + save + ")");
            case "place" -> replaceFirst(text, "\nplace: (\"?)", "\nplace: $1Sal " + save + ", ");
            case "attendance" -> save % 2 == 0 ? replaceFirst(text, "(\nattendees:\n)  - [^\n]*\n", "$1") : text;
            case "kind" -> save % 2 == 0 ? otherKind(text) : text;
            case "date" -> text; // moved by main(): the file is renamed
            default -> throw new IllegalArgumentException("unknown edit '" + edit + "': text, title, place, attendance, kind or date");
        };
    }

    /** The file the meeting moves to when its date is one day later: a date no meeting of the council has. */
    private static Path movedTo(Path file) {
        LocalDate date = LocalDate.parse(file.getFileName().toString().substring(0, 10));
        Path moved;
        do {
            date = date.plusDays(1);
            moved = file.resolveSibling(date + ".md");
        } while (Files.exists(moved) || Files.exists(file.resolveSibling(date + ".dagsorden.md")));
        return moved;
    }

    private static String withDateOf(String text, Path moved) {
        return replaceFirst(text, "\ndate: [0-9-]+\n", "\ndate: " + moved.getFileName().toString().substring(0, 10) + "\n");
    }

    /** The agenda made minutes, or the minutes an agenda: what a council's secretary does after a meeting. */
    private static String otherKind(String text) {
        return text.contains("\nkind: dagsorden\n") ? text.replace("\nkind: dagsorden\n", "\nkind: referat\n")
                : replaceFirst(text, "\nkind: referat\n", "\nkind: dagsorden\n");
    }

    private static String replaceFirst(String text, String regex, String replacement) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalArgumentException("nothing to edit: no match for " + regex);
        }
        return matcher.replaceFirst(replacement);
    }

    private static long median(List<Long> times, int skipped) {
        List<Long> sorted = new ArrayList<>(times.subList(skipped, times.size()));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

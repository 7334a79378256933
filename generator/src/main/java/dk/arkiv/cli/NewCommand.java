package dk.arkiv.cli;

import dk.arkiv.authoring.MeetingScaffold;
import dk.arkiv.authoring.TopicScaffold;
import dk.arkiv.content.ContentLoader;
import dk.arkiv.model.Archive;
import dk.arkiv.model.Council;
import dk.arkiv.model.MeetingKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arkiv new meeting|topic}: new content files that pass the check as written. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Writes a new meeting or topic file.",
        subcommands = {NewCommand.NewMeeting.class, NewCommand.NewTopic.class})
final class NewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Writes a file that does not exist yet, never replacing one. */
    static int create(Path file, String text, CommandSpec spec, Verbosity verbosity) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("arkiv new: " + file + " exists already; nothing was written");
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            spec.commandLine().getErr().println("arkiv new: cannot write " + file + ": " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
        if (!verbosity.quiet) {
            spec.commandLine().getOut().println("Wrote " + file + "; check it with ./arkiv check");
        }
        return Main.OK;
    }

    @Command(name = "meeting", mixinStandardHelpOptions = true,
            description = "Writes meetings/<council>/<date>.md with the council's latest members and the standard items.")
    static final class NewMeeting implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Verbosity verbosity;

        @Option(names = "--content", paramLabel = "DIR", description = "the archive (default: ${DEFAULT-VALUE})")
        Path content = Path.of("content");

        @Option(names = "--council", required = true, paramLabel = "ID", description = "the council, e.g. hovedstaden")
        String councilId;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the meeting's date")
        String date;

        @Option(names = "--kind", paramLabel = "KIND", description = "dagsorden or referat (default: ${DEFAULT-VALUE})")
        String kind = "dagsorden";

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<MeetingKind> meetingKind = MeetingKind.fromCode(kind);
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeException e) {
                err.println("arkiv new meeting: --date " + date + " is not a date; write YYYY-MM-DD, e.g. 2024-09-06");
                return Main.USAGE_ERROR;
            }
            if (meetingKind.isEmpty()) {
                err.println("arkiv new meeting: --kind must be dagsorden or referat, not '" + kind + "'");
                return Main.USAGE_ERROR;
            }
            Archive archive = new ContentLoader().load(content).archive();
            Optional<Council> council = archive.councils().stream().filter(c -> c.id().equals(councilId)).findFirst();
            if (council.isEmpty()) {
                err.println("arkiv new meeting: unknown council '" + councilId + "'; known: " + String.join(", ",
                        archive.councils().stream().map(Council::id).toList()));
                return Main.USAGE_ERROR;
            }
            Path folder = content.resolve("meetings").resolve(councilId);
            Path file = folder.resolve(day + ".md");
            if (meetingKind.get() == MeetingKind.AGENDA && Files.exists(file)) {
                file = folder.resolve(day + ".dagsorden.md");
            }
            return create(file, MeetingScaffold.text(archive, council.get(), day, meetingKind.get()), spec, verbosity);
        }
    }

    @Command(name = "topic", mixinStandardHelpOptions = true, description = "Writes topics/<id>.md.")
    static final class NewTopic implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Verbosity verbosity;

        @Option(names = "--content", paramLabel = "DIR", description = "the archive (default: ${DEFAULT-VALUE})")
        Path content = Path.of("content");

        @Parameters(paramLabel = "ID", description = "the topic's id: lowercase letters, digits and hyphens")
        String id;

        @Override
        public Integer call() {
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                spec.commandLine().getErr().println("arkiv new topic: '" + id + "' is not a valid id; use lowercase"
                        + " letters, digits and hyphens, e.g. groent-danmark (æ→ae, ø→oe, å→aa)");
                return Main.USAGE_ERROR;
            }
            return create(content.resolve("topics").resolve(id + ".md"), TopicScaffold.text(id), spec, verbosity);
        }
    }
}

package dk.arkiv.cli;

import dk.arkiv.importer.ImportContext;
import dk.arkiv.importer.ImportOptions;
import dk.arkiv.model.MeetingKind;
import dk.arkiv.importer.ImportResult;
import dk.arkiv.importer.ImportedMeeting;
import dk.arkiv.importer.Importer;
import dk.arkiv.importer.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arkiv import FILE...}: turns text exports of agendas and minutes into meeting files.
 * Exit code 0 when every document was imported, 1 when one could not be (a content problem),
 * 2 for a usage error.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn text exports of agendas and minutes (from PDF or Word) into meeting files",
            "in <content>/meetings/<council>/<date>.md, or attachment bundles into <content>/files/."},
        footer = {"", "Flags supply or override what the text lacks; when a required fact is missing the import",
            "stops and names the flag to pass. Existing files are only replaced with --force."})
public final class ImportCommand implements Callable<Integer> {
    static final int CONTENT_ERROR = 1;
    static final int USAGE_ERROR = 2;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "text exports (.txt or .md) to import")
    List<Path> files;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "the content directory (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--council", paramLabel = "ID", description = "the council, a file in <content>/councils/")
    String council;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the meeting's date")
    String date;

    @Option(names = "--kind", paramLabel = "dagsorden|referat", description = "agenda (dagsorden) or minutes (referat)")
    String kind;

    @Option(names = "--force", description = "overwrite existing files")
    boolean force;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(content.resolve("councils"))) {
            err.println("error: " + content + " is not a content directory (it has no councils/); pass --content DIR");
            return USAGE_ERROR;
        }
        ImportContext context;
        try {
            context = ImportContext.load(content);
        } catch (IOException e) {
            err.println("error: cannot read " + content + ": " + e.getMessage());
            return USAGE_ERROR;
        }
        Optional<ImportOptions> options = options(context, err);
        if (options.isEmpty()) {
            return USAGE_ERROR;
        }
        Importer importer = new Importer(context);
        int failed = 0;
        for (Path file : files) {
            long started = System.nanoTime();
            ImportResult result = importOne(importer, file, options.get());
            failed += report(result, out, err) ? 0 : 1;
            if (verbosity.verbose) {
                out.printf("  imported %s in %d ms%n", file, (System.nanoTime() - started) / 1_000_000);
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : CONTENT_ERROR;
    }

    private static ImportResult importOne(Importer importer, Path file, ImportOptions options) {
        try {
            return importer.importFile(file, options);
        } catch (RuntimeException unexpected) {
            // A document the importer could not cope with must still get a located answer, not a trace.
            return new ImportResult.Failed(new Problem(file, 0, "could not be imported (" + unexpected
                    + "); please report this document"));
        }
    }

    private Optional<ImportOptions> options(ImportContext context, PrintWriter err) {
        ImportOptions options = ImportOptions.none();
        if (council != null) {
            if (context.council(council).isEmpty()) {
                err.println("error: --council " + council + ": there is no " + content.resolve("councils")
                        .resolve(council + ".yaml") + " (known: " + String.join(", ", context.councils().keySet()) + ")");
                return Optional.empty();
            }
            options = options.withCouncil(council);
        }
        if (date != null) {
            try {
                options = options.withDate(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                err.println("error: --date " + date + ": write the date as YYYY-MM-DD, e.g. 2024-09-06");
                return Optional.empty();
            }
        }
        if (kind != null) {
            Optional<MeetingKind> parsed = MeetingKind.fromCode(kind.strip().toLowerCase(Locale.ROOT));
            if (parsed.isEmpty()) {
                err.println("error: --kind " + kind + ": write dagsorden (agenda) or referat (minutes)");
                return Optional.empty();
            }
            options = options.withKind(parsed.get());
        }
        return Optional.of(force ? options.forced() : options);
    }

    /** Prints what happened; true when something was written. */
    private boolean report(ImportResult result, PrintWriter summary, PrintWriter err) {
        // --quiet prints only what could not be imported.
        PrintWriter out = verbosity.quiet ? new PrintWriter(java.io.Writer.nullWriter()) : summary;
        if (result instanceof ImportResult.Meeting written) {
            ImportedMeeting m = written.meeting();
            out.println("wrote " + written.file());
            out.printf("  %s %s %s: %d items, %d attendees, %d absent, %d guests, %d sections, %d attachments, %d warnings%n",
                    m.council(), m.kind().code(), m.date(), m.items().size(), m.attendees().size(), m.absent().size(),
                    m.guests().size(), m.sectionCount(), m.attachmentCount(), m.warnings().size());
            m.warnings().forEach(w -> out.println("  warning: " + w));
            return true;
        }
        if (result instanceof ImportResult.Attachments written) {
            written.files().forEach(f -> out.println("wrote " + f));
            out.printf("  %s %s: %d attachments, %d warnings%n", written.bundle().council(), written.bundle().date(),
                    written.files().size(), written.warnings().size());
            written.warnings().forEach(w -> out.println("  warning: " + w));
            return true;
        }
        err.println("error: " + ((ImportResult.Failed) result).problem());
        return false;
    }
}

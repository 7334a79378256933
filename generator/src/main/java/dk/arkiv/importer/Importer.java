package dk.arkiv.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports documents into content/: read, clean, recognise, write. One call per document; the
 * answer is a value saying what was written or why nothing was.
 */
public final class Importer {
    private final ImportContext context;

    public Importer(ImportContext context) {
        this.context = context;
    }

    public ImportResult importFile(Path file, ImportOptions options) {
        SourceText source;
        try {
            source = SourceText.read(file);
        } catch (IOException e) {
            return new ImportResult.Failed(Problem.whole(file, "cannot be read (" + e.getMessage() + ")"));
        }
        return importText(source, options);
    }

    public ImportResult importText(SourceText source, ImportOptions options) {
        PageFurniture.Result lines = Cleaned.lines(source);
        try {
            if (AttachmentBundle.looksLikeBundle(lines.lines())) {
                return importBundle(source.path(), lines, options);
            }
            Outcome<ImportedMeeting> recognised = MeetingRecogniser.recognise(source.path(), Cleaned.of(lines), context,
                    options);
            if (recognised instanceof Outcome.Refused<ImportedMeeting> refused) {
                return new ImportResult.Failed(refused.problem());
            }
            ImportedMeeting meeting = ((Outcome.Done<ImportedMeeting>) recognised).value();
            Outcome<Path> placed = MeetingPlacement.place(context.content(), meeting, options.force(), source.path());
            if (placed instanceof Outcome.Refused<Path> refused) {
                return new ImportResult.Failed(refused.problem());
            }
            Path target = ((Outcome.Done<Path>) placed).value();
            AtomicFile.write(target, MeetingFile.render(meeting));
            return new ImportResult.Meeting(target, meeting);
        } catch (IOException e) {
            return new ImportResult.Failed(Problem.whole(source.path(), "could not write into " + context.content()
                    + " (" + e.getMessage() + ")"));
        }
    }

    /** Recognises a meeting without writing anything. */
    Outcome<ImportedMeeting> recognise(SourceText source, ImportOptions options) {
        return MeetingRecogniser.recognise(source.path(), Cleaned.of(source), context, options);
    }

    private ImportResult importBundle(Path file, PageFurniture.Result lines, ImportOptions options) throws IOException {
        Outcome<ImportedBundle> recognised = AttachmentBundle.recognise(file, lines.lines(), context, options);
        if (recognised instanceof Outcome.Refused<ImportedBundle> refused) {
            return new ImportResult.Failed(refused.problem());
        }
        ImportedBundle bundle = ((Outcome.Done<ImportedBundle>) recognised).value();
        for (ImportedBundle.Attachment attachment : bundle.attachments()) {
            Path target = context.content().resolve(AttachmentBundle.pathOf(bundle, attachment));
            if (Files.exists(target) && !options.force()) {
                return new ImportResult.Failed(Problem.whole(file, target + " already exists; pass --force to overwrite it"));
            }
        }
        List<Path> written = new ArrayList<>();
        Map<String, List<ImportedAttachment>> byItem = new LinkedHashMap<>();
        for (ImportedBundle.Attachment attachment : bundle.attachments()) {
            String relative = AttachmentBundle.pathOf(bundle, attachment);
            Path target = context.content().resolve(relative);
            AtomicFile.write(target, AttachmentBundle.render(bundle, attachment));
            written.add(target);
            byItem.computeIfAbsent(attachment.item(), k -> new ArrayList<>())
                    .add(new ImportedAttachment(attachment.title(), Optional.of(relative), Optional.empty()));
        }
        List<Problem> warnings = new ArrayList<>();
        Path meetingFile = context.content().resolve("meetings").resolve(bundle.council()).resolve(bundle.date() + ".md");
        if (Files.isRegularFile(meetingFile)) {
            for (String item : MeetingAttachmentLinks.add(meetingFile, byItem)) {
                warnings.add(Problem.whole(file, meetingFile + " has no item " + item + " written as '  - number: \""
                        + item + "\"'; list its attachments there by hand"));
            }
        } else {
            warnings.add(Problem.whole(file, "no meeting file " + meetingFile + " yet; import the meeting, then this"
                    + " bundle again with --force to list the attachments on its items"));
        }
        return new ImportResult.Attachments(written, bundle, warnings);
    }
}

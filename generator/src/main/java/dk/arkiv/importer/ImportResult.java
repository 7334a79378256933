package dk.arkiv.importer;

import java.nio.file.Path;
import java.util.List;

/** What importing one document came to. */
public sealed interface ImportResult {

    /** A meeting file was written. */
    record Meeting(Path file, ImportedMeeting meeting) implements ImportResult {
    }

    /** An attachment bundle was written as attachment documents. */
    record Attachments(List<Path> files, ImportedBundle bundle, List<Problem> warnings) implements ImportResult {
        public Attachments {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /** Nothing was written. */
    record Failed(Problem problem) implements ImportResult {
    }
}

package dk.arkiv.importer;

import dk.arkiv.model.MeetingKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Facts given on the command line; each supplies or overrides what the document says.
 *
 * @param force overwrite an existing meeting file
 */
public record ImportOptions(Optional<String> council, Optional<LocalDate> date, Optional<MeetingKind> kind,
                            boolean force) {

    public static ImportOptions none() {
        return new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    public ImportOptions withDate(LocalDate newDate) {
        return new ImportOptions(council, Optional.of(newDate), kind, force);
    }

    public ImportOptions withCouncil(String newCouncil) {
        return new ImportOptions(Optional.of(newCouncil), date, kind, force);
    }

    public ImportOptions withKind(MeetingKind newKind) {
        return new ImportOptions(council, date, Optional.of(newKind), force);
    }

    public ImportOptions forced() {
        return new ImportOptions(council, date, kind, true);
    }
}

package dk.arkiv.importer;

import dk.arkiv.model.MeetingKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One meeting as read from a document, ready to be written as a content file.
 *
 * @param council the council's id (a file in content/councils/)
 * @param warnings what the importer was unsure of; the file is still written
 */
public record ImportedMeeting(String council, MeetingKind kind, LocalDate date, Optional<String> time,
                              Optional<String> place, Optional<String> sag, List<Member> attendees,
                              List<Member> absent, List<Guest> guests, List<ImportedGroup> groups,
                              List<Problem> warnings) {
    public ImportedMeeting {
        attendees = List.copyOf(attendees);
        absent = List.copyOf(absent);
        guests = List.copyOf(guests);
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
    }

    public List<ImportedItem> items() {
        return groups.stream().flatMap(group -> group.items().stream()).toList();
    }

    public int sectionCount() {
        return items().stream().mapToInt(item -> item.sections().size()).sum();
    }

    public int attachmentCount() {
        return items().stream().mapToInt(item -> item.attachments().size()).sum();
    }

    public long decisionCount() {
        return items().stream().filter(item -> item.sections().stream().anyMatch(ImportedSection::isDecision)).count();
    }
}

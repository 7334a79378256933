package dk.arkiv.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One meeting document: the agenda or the minutes of a council's meeting.
 *
 * @param attendanceRecorded false when the document does not say who attended (agendas)
 * @param source the file it was read from, relative to the content directory
 */
public record Meeting(String councilId, MeetingKind kind, LocalDate date, Optional<LocalTime> time,
                      Optional<String> place, Optional<String> sag, List<Attendance> attendees,
                      List<Attendance> absent, List<Guest> guests, boolean attendanceRecorded,
                      List<ItemGroup> groups, boolean draft, Optional<LocalDateTime> publishFrom,
                      String source) {
    public Meeting {
        attendees = List.copyOf(attendees);
        absent = List.copyOf(absent);
        guests = List.copyOf(guests);
        groups = List.copyOf(groups);
    }

    /**
     * "council/date": the agenda and the minutes of one meeting share it, and the site publishes
     * them together under it.
     */
    public String key() {
        return councilId + "/" + date;
    }

    /** All items in agenda order. */
    public List<Item> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    /** Whether the meeting may be published at the given moment. */
    public boolean isPublicAt(LocalDateTime now) {
        return !draft && publishFrom.map(from -> !from.isAfter(now)).orElse(true);
    }
}

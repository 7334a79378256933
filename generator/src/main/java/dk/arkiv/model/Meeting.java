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
 * @param key "council/date": the agenda and the minutes of one meeting share it, and the site
 *        publishes them together under it
 * @param items all items in agenda order
 */
public record Meeting(String councilId, MeetingKind kind, LocalDate date, Optional<LocalTime> time,
                      Optional<String> place, Optional<String> sag, List<Attendance> attendees,
                      List<Attendance> absent, List<Guest> guests, boolean attendanceRecorded,
                      List<ItemGroup> groups, boolean draft, Optional<LocalDateTime> publishFrom,
                      String source, String key, List<Item> items) {
    public Meeting {
        attendees = List.copyOf(attendees);
        absent = List.copyOf(absent);
        guests = List.copyOf(guests);
        groups = List.copyOf(groups);
        // Always made from the other fields, whatever is passed: every stage asks for them, many
        // times per meeting, and the preview server does so for the whole archive on every save.
        key = councilId + "/" + date;
        items = groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    public Meeting(String councilId, MeetingKind kind, LocalDate date, Optional<LocalTime> time,
                   Optional<String> place, Optional<String> sag, List<Attendance> attendees,
                   List<Attendance> absent, List<Guest> guests, boolean attendanceRecorded,
                   List<ItemGroup> groups, boolean draft, Optional<LocalDateTime> publishFrom, String source) {
        this(councilId, kind, date, time, place, sag, attendees, absent, guests, attendanceRecorded, groups, draft,
                publishFrom, source, null, null);
    }

    /** Whether the meeting may be published at the given moment. */
    public boolean isPublicAt(LocalDateTime now) {
        return !draft && publishFrom.map(from -> !from.isAfter(now)).orElse(true);
    }
}

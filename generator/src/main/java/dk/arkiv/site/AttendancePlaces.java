package dk.arkiv.site;

import java.util.List;

/**
 * The parties (letters) and municipalities (slugs) of those a meeting's document records as
 * present or absent: the pages of these parties and municipalities list the meeting.
 */
record AttendancePlaces(List<String> parties, List<String> municipalities) {
    static final AttendancePlaces NONE = new AttendancePlaces(List.of(), List.of());
}

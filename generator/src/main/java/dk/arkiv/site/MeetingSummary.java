package dk.arkiv.site;

import java.time.LocalDate;

/**
 * A meeting as lists show it. {@code kind} is "Dagsorden" or "Referat". The place is not here: only
 * the meeting's own pages show it, so a new place changes no list.
 */
public record MeetingSummary(String path, String councilId, String councilName, LocalDate date, String dateText,
                             String kind, boolean minutes) {
}

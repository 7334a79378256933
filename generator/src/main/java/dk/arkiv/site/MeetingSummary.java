package dk.arkiv.site;

import java.time.LocalDate;

/** A meeting as lists show it. {@code kind} is "Dagsorden" or "Referat". */
public record MeetingSummary(String path, String councilId, String councilName, LocalDate date, String dateText,
                             String kind, boolean minutes, String place) {
}

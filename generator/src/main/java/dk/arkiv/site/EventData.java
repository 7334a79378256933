package dk.arkiv.site;

import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Meeting;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A meeting as a schema.org Event, for search engines and calendars that read structured data. */
public final class EventData {
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private EventData() {
    }

    static JsonLd of(PublishedMeeting published, SiteConfig config) {
        Meeting meeting = published.meeting();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("name", published.council().name() + ", møde " + DanishDates.date(meeting.date()));
        event.put("startDate", startDate(meeting));
        event.put("eventStatus", "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        meeting.place().ifPresent(place -> event.put("location",
                ordered("@type", "Place", "name", place, "address", place)));
        event.put("organizer", ordered("@type", "Organization", "name", published.council().name(),
                "url", config.baseUrl() + Urls.council(published.council())));
        event.put("url", config.baseUrl() + Urls.meeting(published));
        event.put("inLanguage", "da");
        return new JsonLd(Json.write(event));
    }

    /** A map that keeps the order given: JSON output must be the same on every run. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The meeting's start in Danish time (ISO 8601 with offset), or its date when no time is given. */
    public static String startDate(Meeting meeting) {
        return meeting.time()
                .map(t -> meeting.date().atTime(t).atZone(DANISH_TIME).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .orElse(meeting.date().toString());
    }
}

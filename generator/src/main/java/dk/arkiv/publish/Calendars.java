package dk.arkiv.publish;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Meeting;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.Urls;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * iCalendar files (RFC 5545) of meetings, per council and for all: subscribe once, and new meetings
 * appear in the calendar. Times are written in UTC, so no time zone definition is needed; a
 * meeting without a start time is an all-day event.
 */
public final class Calendars {
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final LinkedArchive archive;
    private final SiteConfig config;

    public Calendars(LinkedArchive archive, SiteConfig config) {
        this.archive = archive;
        this.config = config;
    }

    public List<SiteFile> files() {
        List<SiteFile> files = new ArrayList<>();
        files.add(calendar(Urls.CALENDAR, archive.archive().site().title(), archive.meetings()));
        archive.councils().forEach(c -> files.add(calendar(Urls.councilCalendar(c.id()), c.name(),
                archive.meetingsOf(c.id()))));
        return files;
    }

    private SiteFile calendar(String path, String name, List<PublishedMeeting> meetings) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Arkiv//Mødekalender//DA");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(name));
        for (PublishedMeeting published : meetings) {
            Meeting meeting = published.meeting();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + published.council().id() + "-" + meeting.date() + "@" + host());
            // Derived from the meeting, not the clock: an unchanged archive gives an unchanged file.
            line(ics, "DTSTAMP:" + meeting.date().atStartOfDay(ZoneOffset.UTC).format(UTC));
            if (meeting.time().isPresent()) {
                line(ics, "DTSTART:" + meeting.date().atTime(meeting.time().get()).atZone(DANISH_TIME)
                        .withZoneSameInstant(ZoneOffset.UTC).format(UTC));
            } else {
                line(ics, "DTSTART;VALUE=DATE:" + meeting.date().format(DAY));
            }
            line(ics, "SUMMARY:" + text(published.council().name() + ", møde"));
            meeting.place().ifPresent(place -> line(ics, "LOCATION:" + text(place)));
            line(ics, "URL:" + config.baseUrl() + Urls.meeting(published));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return new SiteFile(path, ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String host() {
        String host = URI.create(config.baseUrl().startsWith("http") ? config.baseUrl() : "https://arkiv.invalid/")
                .getHost();
        return host == null ? "arkiv.invalid" : host;
    }

    /** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** A content line, folded so that no line is longer than 75 octets (RFC 5545, 3.1), ending in CRLF. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}

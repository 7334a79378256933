package dk.arkiv.publish;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.Person;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.Json;
import dk.arkiv.site.JsonObject;
import dk.arkiv.site.Urls;
import dk.arkiv.write.SiteSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The archive as open data under /data/: councils, topics, people, a file per meeting with its
 * items, everything in one bulk file, and an index. Only the public part: closed items keep
 * number and title. See docs/open-data.md.
 */
public final class OpenData {
    /** Meetings turned into JSON at a time, in parallel, before they are written in order. */
    private static final int BATCH = 64;
    private final LinkedArchive archive;
    private final String baseUrl;
    private final OpenDataRecords records;

    public OpenData(LinkedArchive archive, SiteConfig config) {
        this.archive = archive;
        this.baseUrl = config.baseUrl();
        this.records = new OpenDataRecords(archive, config);
    }

    /** Writes the data files into the site; returns how many. */
    public int writeTo(SiteSink site) throws IOException {
        site.write(Urls.DATA_INDEX, out -> writeLine(index(), out));
        site.write(Urls.DATA_COUNCILS, out -> writeLine(councils(), out));
        site.write(Urls.DATA_TOPICS, out -> writeLine(topics(), out));
        site.write(Urls.DATA_PEOPLE, out -> writeLine(people(), out));
        site.write(Urls.DATA_ARCHIVE, out -> writeBulk(site, out));
        return 5 + archive.meetings().size();
    }

    /**
     * The bulk file, streamed: everything but the meetings first, then each meeting as it is also
     * written to its own file. Decades of minutes do not fit in memory as one text.
     */
    private void writeBulk(SiteSink site, OutputStream out) throws IOException {
        Json.writeOpen(everythingButMeetings(), out);
        out.write(",\"meetings\":[".getBytes(StandardCharsets.UTF_8));
        List<PublishedMeeting> meetings = archive.meetings();
        for (int start = 0; start < meetings.size(); start += BATCH) {
            List<byte[]> batch = meetings.subList(start, Math.min(meetings.size(), start + BATCH)).parallelStream()
                    .map(m -> Json.line(records.meeting(m))).toList();
            for (int i = 0; i < batch.size(); i++) {
                if (start + i > 0) {
                    out.write(',');
                }
                byte[] line = batch.get(i);
                out.write(line, 0, line.length - 1);
                site.write(Urls.meetingData(meetings.get(start + i)), line);
            }
        }
        out.write("]}\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void writeLine(JsonObject json, OutputStream out) throws IOException {
        Json.write(json, out);
        out.write('\n');
    }

    JsonObject index() {
        return site()
                .put("files", new JsonObject()
                        .put("councils", absolute(Urls.DATA_COUNCILS))
                        .put("topics", absolute(Urls.DATA_TOPICS))
                        .put("people", absolute(Urls.DATA_PEOPLE))
                        .put("archive", absolute(Urls.DATA_ARCHIVE)))
                .put("meetings", archive.meetings().stream().map(records::meetingReference).toList());
    }

    JsonObject councils() {
        return new JsonObject().put("councils", archive.councils().stream().map(records::council).toList());
    }

    JsonObject topics() {
        return new JsonObject().put("topics", archive.topics().stream().map(records::topic).toList());
    }

    JsonObject people() {
        return new JsonObject()
                .put("persons", archive.people().stream().map(records::person).toList())
                .put("memberships", archive.people().stream().flatMap(p -> records.memberships(p).stream()).toList())
                .put("parties", archive.parties().stream().map(records::party).toList());
    }

    JsonObject everythingButMeetings() {
        List<Person> people = archive.people();
        return site()
                .put("councils", archive.councils().stream().map(records::council).toList())
                .put("topics", archive.topics().stream().map(records::topic).toList())
                .put("persons", people.stream().map(records::person).toList())
                .put("memberships", people.stream().flatMap(p -> records.memberships(p).stream()).toList())
                .put("parties", archive.parties().stream().map(records::party).toList());
    }

    private String absolute(String sitePath) {
        return baseUrl + sitePath;
    }

    private JsonObject site() {
        var site = archive.archive().site();
        return new JsonObject()
                .put("name", site.title())
                .put("publisher", site.organisation())
                .put("url", absolute(Urls.HOME));
    }
}

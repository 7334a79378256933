package dk.arkiv.publish;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.Person;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.Json;
import dk.arkiv.site.JsonObject;
import dk.arkiv.site.Urls;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The archive as open data under /data/: councils, topics, people, a file per meeting with its
 * items, everything in one bulk file, and an index. Only the public part: closed items keep
 * number and title. See docs/open-data.md.
 */
public final class OpenData {
    private final LinkedArchive archive;
    private final String baseUrl;
    private final OpenDataRecords records;

    public OpenData(LinkedArchive archive, SiteConfig config) {
        this.archive = archive;
        this.baseUrl = config.baseUrl();
        this.records = new OpenDataRecords(archive, config);
    }

    public List<SiteFile> files() {
        List<SiteFile> files = new ArrayList<>();
        files.add(file(Urls.DATA_INDEX, this::index));
        files.add(file(Urls.DATA_COUNCILS, this::councils));
        files.add(file(Urls.DATA_TOPICS, this::topics));
        files.add(file(Urls.DATA_PEOPLE, this::people));
        files.add(file(Urls.DATA_ARCHIVE, this::bulk));
        for (PublishedMeeting meeting : archive.meetings()) {
            files.add(file(Urls.meetingData(meeting), () -> records.meeting(meeting)));
        }
        return files;
    }

    private static SiteFile file(String path, Supplier<JsonObject> json) {
        return new SiteFile(path, (Json.write(json.get()) + "\n").getBytes(StandardCharsets.UTF_8));
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

    JsonObject bulk() {
        List<Person> people = archive.people();
        return site()
                .put("councils", archive.councils().stream().map(records::council).toList())
                .put("topics", archive.topics().stream().map(records::topic).toList())
                .put("persons", people.stream().map(records::person).toList())
                .put("memberships", people.stream().flatMap(p -> records.memberships(p).stream()).toList())
                .put("parties", archive.parties().stream().map(records::party).toList())
                .put("meetings", archive.meetings().stream().map(records::meeting).toList());
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

package dk.arkiv.publish;

import dk.arkiv.link.Appearance;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.Person;
import dk.arkiv.link.PersonDirectory;
import dk.arkiv.link.Presence;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Attachment;
import dk.arkiv.model.Attendance;
import dk.arkiv.model.Council;
import dk.arkiv.model.Item;
import dk.arkiv.model.ItemGroup;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.Party;
import dk.arkiv.model.Section;
import dk.arkiv.model.Topic;
import dk.arkiv.site.DanishDates;
import dk.arkiv.site.EventData;
import dk.arkiv.site.JsonObject;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The archive's entries as JSON objects, with field names from Popolo (people, memberships), Open
 * Civic Data (events) and OParl (agenda items) where they fit. See docs/open-data.md.
 */
final class OpenDataRecords {
    private final LinkedArchive archive;
    private final String baseUrl;
    private final PersonDirectory people;

    OpenDataRecords(LinkedArchive archive, SiteConfig config) {
        this.archive = archive;
        this.baseUrl = config.baseUrl();
        this.people = new PersonDirectory(archive.archive().people());
    }

    JsonObject council(Council council) {
        return new JsonObject()
                .put("id", council.id())
                .put("name", council.name())
                .put("classification", "KKR")
                .put("region", council.region())
                .put("municipalities", council.municipalities())
                .put("url", absolute(Urls.council(council)))
                .put("feed_url", absolute(Urls.councilFeed(council.id())))
                .put("calendar_url", absolute(Urls.councilCalendar(council.id())))
                .put("meetings", archive.meetingsOf(council.id()).stream().map(this::meetingReference).toList());
    }

    JsonObject meetingReference(PublishedMeeting published) {
        return new JsonObject()
                .put("id", published.key())
                .put("organization_id", published.council().id())
                .put("date", published.meeting().date().toString())
                .put("classification", published.meeting().kind().code())
                .put("url", absolute(Urls.meeting(published)))
                .put("data_url", absolute(Urls.meetingData(published)));
    }

    JsonObject topic(Topic topic) {
        return new JsonObject()
                .put("id", topic.id())
                .put("name", topic.title())
                .put("description", topic.description().strip())
                .put("related", topic.related())
                .put("url", absolute(Urls.topic(topic)))
                .put("feed_url", absolute(Urls.topicFeed(topic.id())))
                .put("items", archive.itemsOn(topic.id()).stream().map(i -> new JsonObject()
                        .put("meeting_id", i.meeting().key())
                        .put("number", i.item().number())
                        .put("name", i.item().title())
                        .put("url", absolute(Urls.item(i)))).toList());
    }

    JsonObject person(Person person) {
        return new JsonObject()
                .put("id", person.id())
                .put("name", person.name())
                .put("url", absolute(Urls.person(person)))
                .put("appearances", person.appearances().stream().map(a -> new JsonObject()
                        .put("meeting_id", a.meeting().key())
                        .put("present", a.presence() == Presence.PRESENT)
                        .put("party", a.party())
                        .put("municipality", a.municipality())
                        .put("substitute_for_id", a.substituteFor())).toList());
    }

    /**
     * A person's memberships as the documents show them: one per council, party, municipality and
     * role, with the first and last meeting it was seen at (the documents do not give terms).
     */
    List<JsonObject> memberships(Person person) {
        Map<List<String>, List<Appearance>> byMembership = new LinkedHashMap<>();
        for (Appearance a : person.appearances()) {
            byMembership.computeIfAbsent(List.of(a.meeting().council().id(), a.party(), a.municipality(), role(a)),
                    k -> new ArrayList<>()).add(a);
        }
        return byMembership.values().stream().map(same -> {
            Appearance first = same.get(0);
            return new JsonObject()
                    .put("person_id", person.id())
                    .put("organization_id", first.meeting().council().id())
                    .put("role", role(first))
                    .put("on_behalf_of_id", first.party().isEmpty() ? null : first.party())
                    .put("area", first.municipality().isEmpty() ? null : first.municipality())
                    .put("first_meeting", first.meeting().meeting().date().toString())
                    .put("last_meeting", same.get(same.size() - 1).meeting().meeting().date().toString());
        }).toList();
    }

    private static String role(Appearance appearance) {
        return appearance.substituteFor().isPresent() ? "substitute" : "member";
    }

    JsonObject party(Party party) {
        return new JsonObject().put("id", party.letter()).put("name", party.name())
                .put("classification", "party").put("url", absolute(Urls.party(party)));
    }

    JsonObject meeting(PublishedMeeting published) {
        Meeting meeting = published.meeting();
        return new JsonObject()
                .put("id", published.key())
                .put("name", published.council().name() + ", " + DanishDates.date(meeting.date()))
                .put("classification", meeting.kind().code())
                .put("start_date", EventData.startDate(meeting))
                .put("all_day", meeting.time().isEmpty())
                .put("location", meeting.place().map(p -> new JsonObject().put("name", p)))
                .put("organization", new JsonObject().put("id", published.council().id())
                        .put("name", published.council().name()))
                .put("case_number", meeting.sag())
                .put("url", absolute(Urls.meeting(published)))
                .put("agenda_url", published.agenda().map(a -> absolute(Urls.agenda(published))))
                .put("attendance_recorded", meeting.attendanceRecorded())
                .put("attendees", meeting.attendees().stream().map(this::attendance).toList())
                .put("absent", meeting.absent().stream().map(this::attendance).toList())
                .put("guests", meeting.guests().stream().map(g -> new JsonObject().put("name", g.name())
                        .put("title", g.title()).put("organisation", g.organisation())).toList())
                .put("items", archive.itemsOf(published).stream().map(this::item).toList());
    }

    private JsonObject attendance(Attendance a) {
        return new JsonObject()
                .put("person_id", people.idOf(a.name()))
                .put("name", people.canonicalName(a.name()))
                .put("party", a.party())
                .put("municipality", a.municipality())
                .put("substitute_for_id", a.substituteFor().map(people::idOf));
    }

    private JsonObject item(PublishedItem published) {
        Item item = published.item();
        JsonObject json = new JsonObject()
                .put("number", item.number())
                .put("name", item.title())
                .put("public", !item.closed())
                .put("url", absolute(Urls.item(published)));
        if (item.closed()) {
            return json;
        }
        return json
                .put("group", group(published).map(g -> new JsonObject().put("number", g.number()).put("name", g.title())))
                .put("topics", published.topics())
                .put("case_number", item.sag())
                .put("introduction", item.introduction().isBlank() ? null : item.introduction().strip())
                .put("sections", item.sections().stream().map(OpenDataRecords::section).toList())
                .put("decision", item.decision().map(d -> d.markdown().strip()))
                .put("attachments", item.attachments().stream().map(this::attachment).toList());
    }

    private static Optional<ItemGroup> group(PublishedItem published) {
        return published.meeting().meeting().groups().stream()
                .filter(g -> g.items().stream().anyMatch(i -> i.number().equals(published.item().number())))
                .findFirst();
    }

    /**
     * A section's text as Markdown only: Markdown reads as plain text, and a second copy without
     * markup made open data 1.6 times as large.
     */
    private static JsonObject section(Section section) {
        return new JsonObject().put("heading", section.heading()).put("markdown", section.markdown().strip());
    }

    private String absolute(String sitePath) {
        return baseUrl + sitePath;
    }

    private JsonObject attachment(Attachment attachment) {
        return new JsonObject().put("title", attachment.title())
                .put("url", attachment.file().map(this::absolute).or(attachment::url));
    }
}

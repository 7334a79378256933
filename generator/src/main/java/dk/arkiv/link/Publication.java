package dk.arkiv.link;

import dk.arkiv.model.Archive;
import dk.arkiv.model.Item;
import dk.arkiv.model.ItemGroup;
import dk.arkiv.model.Meeting;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What may be published: drafts and meetings before their publish_from moment are dropped, and a
 * closed item keeps only its number, title and explicit topics. Doing this first means no later
 * stage can leak what is not public.
 */
public final class Publication {
    private Publication() {
    }

    public static Archive publicPart(Archive archive, LocalDateTime now) {
        return publicPart(archive, now, LinkCache.none());
    }

    /** The public part, with the public versions of meetings kept from the cache's last link. */
    static Archive publicPart(Archive archive, LocalDateTime now, LinkCache cache) {
        List<Meeting> meetings = cache.publicParts(archive.meetings().stream().filter(m -> m.isPublicAt(now)).toList(),
                Publication::withoutClosedText);
        return new Archive(archive.site(), archive.councils(), archive.parties(), archive.people(),
                archive.topics(), meetings);
    }

    private static Meeting withoutClosedText(Meeting meeting) {
        if (meeting.items().stream().noneMatch(Item::closed)) {
            return meeting;
        }
        List<ItemGroup> groups = meeting.groups().stream()
                .map(g -> new ItemGroup(g.number(), g.title(), g.items().stream()
                        .map(i -> i.closed() ? numberAndTitleOnly(i) : i).toList()))
                .toList();
        return new Meeting(meeting.councilId(), meeting.kind(), meeting.date(), meeting.time(), meeting.place(),
                meeting.sag(), meeting.attendees(), meeting.absent(), meeting.guests(), meeting.attendanceRecorded(),
                groups, meeting.draft(), meeting.publishFrom(), meeting.source());
    }

    private static Item numberAndTitleOnly(Item item) {
        return new Item(item.number(), item.title(), item.topics(), Optional.empty(), Optional.empty(), List.of(),
                true, List.of(), "", List.of(), item.line());
    }
}

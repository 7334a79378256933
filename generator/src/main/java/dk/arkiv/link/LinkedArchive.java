package dk.arkiv.link;

import dk.arkiv.model.Archive;
import dk.arkiv.model.Council;
import dk.arkiv.model.Party;
import dk.arkiv.model.Topic;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public part of the archive with its cross-references, indexed for the pages that show them.
 * All lists are in a stable order: meetings by council and date, people by name. Keys are
 * "council/date" for meetings and "council/date/number" for items.
 *
 * @param namedMeetings by meeting key, the keys of the other meetings its texts name ("mødet den
 *                      18. juni 2024"), whether they are in the archive or not
 */
public record LinkedArchive(Archive archive,
                            List<PublishedMeeting> meetings,
                            Map<String, List<PublishedMeeting>> meetingsByCouncil,
                            Map<String, PublishedMeeting> meetingsByKey,
                            Map<String, List<PublishedItem>> itemsByMeeting,
                            Map<String, List<PublishedItem>> itemsByTopic,
                            ItemGroups sameMatterAcrossCouncils,
                            ItemGroups occurrences,
                            List<Person> people,
                            Map<String, Person> peopleById,
                            List<Municipality> municipalities,
                            Map<String, PublishedMeeting> previousByKey,
                            Map<String, PublishedMeeting> nextByKey,
                            List<UnresolvedReference> unresolvedReferences,
                            Map<String, Set<String>> namedMeetings) {

    public List<Council> councils() {
        return archive.councils();
    }

    public List<Topic> topics() {
        return archive.topics();
    }

    public List<Party> parties() {
        return archive.parties();
    }

    /**
     * The keys of the meetings whose texts name one of these meetings by council and date, whether
     * it is in the archive or not: their links change when such a meeting is added or removed.
     */
    public Set<String> meetingsNaming(Set<String> keys) {
        return meetingsNaming(namedMeetings, keys);
    }

    /** Of {@code namedMeetings} (named keys by meeting key), the meetings naming one of {@code keys}. */
    static Set<String> meetingsNaming(Map<String, Set<String>> namedMeetings, Set<String> keys) {
        Set<String> naming = new TreeSet<>();
        namedMeetings.forEach((meeting, named) -> {
            for (String key : named) {
                if (keys.contains(key)) {
                    naming.add(meeting);
                    return;
                }
            }
        });
        return naming;
    }

    public List<PublishedItem> itemsOf(PublishedMeeting meeting) {
        return itemsByMeeting.getOrDefault(meeting.key(), List.of());
    }

    public List<PublishedItem> itemsOn(String topicId) {
        return itemsByTopic.getOrDefault(topicId, List.of());
    }

    public List<PublishedMeeting> meetingsOf(String councilId) {
        return meetingsByCouncil.getOrDefault(councilId, List.of());
    }

    public Optional<PublishedMeeting> meeting(String councilId, LocalDate date) {
        return Optional.ofNullable(meetingsByKey.get(councilId + "/" + date));
    }

    public Optional<PublishedItem> item(PublishedMeeting meeting, String number) {
        return itemsOf(meeting).stream().filter(i -> i.item().number().equals(number)).findFirst();
    }

    /** The item with this key ("council/date/number"), or null. */
    PublishedItem itemByKey(String key) {
        return itemByKey(itemsByMeeting, key);
    }

    /**
     * Looked up through its meeting, whose few items are searched: an index of all items by key
     * would be made again on every save in the preview server, and few are looked up.
     */
    static PublishedItem itemByKey(Map<String, List<PublishedItem>> itemsByMeeting, String key) {
        int slash = key.lastIndexOf('/');
        for (PublishedItem item : itemsByMeeting.getOrDefault(key.substring(0, Math.max(slash, 0)), List.of())) {
            if (item.key().equals(key)) {
                return item;
            }
        }
        return null;
    }

    /** Every item, meeting by meeting in the meetings' order. */
    public List<PublishedItem> items() {
        return meetings.stream().flatMap(m -> itemsOf(m).stream()).toList();
    }

    /** The same matter in other councils (the item itself excluded), oldest first. */
    public List<PublishedItem> sameMatterElsewhere(PublishedItem item) {
        return sameMatterAcrossCouncils.of(item.key()).stream()
                .filter(other -> !other.meeting().council().id().equals(item.meeting().council().id()))
                .toList();
    }

    /** Every item of the matter across councils, the item itself and its own council's included. */
    public List<PublishedItem> sameMatterGroupOf(PublishedItem item) {
        return sameMatterAcrossCouncils.of(item.key());
    }

    /**
     * The nearest occurrence of a recurring item at another meeting of its council: the one before
     * ({@code direction} -1) or after (+1) it. Only the item's place and its neighbours are looked
     * up, not the whole chain of an item that recurs at every meeting.
     */
    public Optional<PublishedItem> nearestOccurrence(PublishedItem item, int direction) {
        List<String> chain = occurrences.keysOf(item.key());
        int at = occurrences.placeOf(item.key());
        for (int i = at + direction; at >= 0 && i >= 0 && i < chain.size(); i += direction) {
            PublishedItem other = itemByKey(chain.get(i));
            if (!other.meeting().key().equals(item.meeting().key())) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    /** The council's meeting before this one. */
    public Optional<PublishedMeeting> previous(PublishedMeeting meeting) {
        return Optional.ofNullable(previousByKey.get(meeting.key()));
    }

    /** The council's meeting after this one. */
    public Optional<PublishedMeeting> next(PublishedMeeting meeting) {
        return Optional.ofNullable(nextByKey.get(meeting.key()));
    }

    public Optional<Party> party(String letter) {
        return archive.parties().stream().filter(p -> p.letter().equals(letter)).findFirst();
    }

    public Optional<Council> council(String id) {
        return archive.councils().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Topic> topic(String id) {
        return archive.topics().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}

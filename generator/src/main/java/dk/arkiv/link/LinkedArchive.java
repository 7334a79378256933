package dk.arkiv.link;

import dk.arkiv.model.Archive;
import dk.arkiv.model.Council;
import dk.arkiv.model.Party;
import dk.arkiv.model.Topic;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public part of the archive with its cross-references, indexed for the pages that show them.
 * All lists are in a stable order: meetings by council and date, people by name. Keys are
 * "council/date" for meetings and "council/date/number" for items.
 */
public record LinkedArchive(Archive archive,
                            List<PublishedMeeting> meetings,
                            Map<String, List<PublishedMeeting>> meetingsByCouncil,
                            Map<String, PublishedMeeting> meetingsByKey,
                            List<PublishedItem> items,
                            Map<String, PublishedItem> itemsByKey,
                            Map<String, List<PublishedItem>> itemsByMeeting,
                            Map<String, List<PublishedItem>> itemsByTopic,
                            ItemGroups sameMatterAcrossCouncils,
                            ItemGroups occurrences,
                            List<Person> people,
                            Map<String, Person> peopleById,
                            List<Municipality> municipalities,
                            Map<String, PublishedMeeting> previousByKey,
                            Map<String, PublishedMeeting> nextByKey,
                            List<UnresolvedReference> unresolvedReferences) {

    public List<Council> councils() {
        return archive.councils();
    }

    public List<Topic> topics() {
        return archive.topics();
    }

    public List<Party> parties() {
        return archive.parties();
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
        return Optional.ofNullable(itemsByKey.get(meeting.key() + "/" + number));
    }

    /** The same matter in other councils (the item itself excluded), oldest first. */
    public List<PublishedItem> sameMatterElsewhere(PublishedItem item) {
        return sameMatterAcrossCouncils.of(SameMatter.key(item)).stream()
                .filter(other -> !other.meeting().council().id().equals(item.meeting().council().id()))
                .toList();
    }

    /** Every item of the matter across councils, the item itself and its own council's included. */
    public List<PublishedItem> sameMatterGroupOf(PublishedItem item) {
        return sameMatterAcrossCouncils.of(SameMatter.key(item));
    }

    /** The occurrences of a recurring item in its council, oldest first; empty when it does not recur. */
    public List<PublishedItem> occurrencesOf(PublishedItem item) {
        return occurrences.of(SameMatter.key(item));
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
}

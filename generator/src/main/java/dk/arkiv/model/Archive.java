package dk.arkiv.model;

import java.util.List;

/**
 * Everything read from content/, in a stable order: councils, parties and topics by id,
 * meetings by council and date (minutes before the agenda of the same date).
 */
public record Archive(Site site, List<Council> councils, List<Party> parties, List<NameVariants> people,
                     List<Topic> topics, List<Meeting> meetings) {
    public Archive {
        councils = List.copyOf(councils);
        parties = List.copyOf(parties);
        people = List.copyOf(people);
        topics = List.copyOf(topics);
        meetings = List.copyOf(meetings);
    }
}

package dk.arkiv.site;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PersonDirectory;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Attendance;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.MeetingKind;
import dk.arkiv.model.Party;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns linked archive entries into the small views that lists and pages show. */
final class Summaries {
    private final Map<String, Party> parties;
    private final PersonDirectory people;
    /**
     * A meeting or item is listed on many pages (its council, topics, people, municipalities,
     * parties): each gets one summary, shared by all of them, so a large archive's page plan holds
     * thousands of summaries rather than millions.
     */
    private final SummaryCache made;

    Summaries(LinkedArchive archive, SummaryCache made) {
        this.made = made;
        this.parties = archive.parties().stream().collect(Collectors.toMap(Party::letter, Function.identity()));
        this.people = new PersonDirectory(archive.archive().people());
    }

    /** Danish alphabetical order (… x y z æ ø å), the same on every run. */
    static Comparator<String> danishOrder() {
        // A Collator may not be shared between threads: each thread gets its own.
        ThreadLocal<Collator> collator = ThreadLocal.withInitial(() -> {
            Collator danish = Collator.getInstance(Locale.forLanguageTag("da"));
            danish.setStrength(Collator.TERTIARY);
            return danish;
        });
        return (a, b) -> {
            int c = collator.get().compare(a, b);
            return c != 0 ? c : a.compareTo(b);
        };
    }

    MeetingSummary meeting(PublishedMeeting published) {
        return made.meetings.summary(published, p -> meeting(p, p.meeting(), Urls.meeting(p)));
    }

    MeetingSummary meeting(PublishedMeeting published, Meeting document, String path) {
        return new MeetingSummary(path, published.council().id(), published.council().name(), document.date(),
                DanishDates.date(document.date()), kindLabel(document.kind()), document.kind() == MeetingKind.MINUTES);
    }

    ItemSummary item(PublishedItem item) {
        return made.items.summary(item, this::summarise);
    }

    private ItemSummary summarise(PublishedItem item) {
        Markdown decision = item.item().decision().map(d -> Markdown.decision(d.markdown(), item.meeting().key()))
                .orElse(Markdown.of(""));
        return new ItemSummary(Urls.item(item), item.item().number(), item.item().title(), item.item().closed(),
                meeting(item.meeting()), decision);
    }

    AttendeeView attendee(Attendance a) {
        String party = a.party();
        Party known = parties.get(party);
        String substitute = a.substituteFor().map(people::canonicalName).orElse("");
        return new AttendeeView(people.canonicalName(a.name()), Urls.person(people.idOf(a.name())), party,
                known == null ? "" : known.name(), known == null ? "" : Urls.party(party),
                a.municipality(), a.municipality().isEmpty() ? "" : Urls.municipality(a.municipality()),
                substitute, substitute.isEmpty() ? "" : Urls.person(people.idOf(substitute)));
    }

    String partyName(String letter) {
        Party party = parties.get(letter);
        return party == null ? "" : party.name();
    }

    static String kindLabel(MeetingKind kind) {
        return kind == MeetingKind.MINUTES ? "Referat" : "Dagsorden";
    }
}

package dk.arkiv.site;

import dk.arkiv.link.Appearance;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.Person;
import dk.arkiv.link.PersonDirectory;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.link.Slugs;
import dk.arkiv.model.Attendance;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.MeetingKind;
import dk.arkiv.model.Party;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns linked archive entries into the small views that lists and pages show. */
final class Summaries {
    // A Collator may not be shared between threads: each thread gets its own.
    private static final ThreadLocal<Collator> DANISH = ThreadLocal.withInitial(() -> {
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da"));
        danish.setStrength(Collator.TERTIARY);
        return danish;
    });

    private final Map<String, Party> parties;
    private final PersonDirectory people;
    /**
     * A meeting or item is listed on many pages (its council, topics, people, municipalities,
     * parties): each gets one summary, shared by all of them, so a large archive's page plan holds
     * thousands of summaries rather than millions.
     */
    private final SummaryCache made;
    /** A few dozen municipality names are written on every attendance list: each is made a slug once. */
    private final Map<String, String> slugs = new ConcurrentHashMap<>();

    Summaries(LinkedArchive archive, SummaryCache made) {
        this.made = made;
        this.parties = archive.parties().stream().collect(Collectors.toMap(Party::letter, Function.identity()));
        this.people = new PersonDirectory(archive.archive().people());
    }

    /** Danish alphabetical order (… x y z æ ø å), the same on every run. */
    static Comparator<String> danishOrder() {
        return (a, b) -> {
            int c = DANISH.get().compare(a, b);
            return c != 0 ? c : a.compareTo(b);
        };
    }

    /** A key that sorts as {@link #danishOrder()} does, up to the names' own order for equal keys. */
    static CollationKey danishKey(String text) {
        return DANISH.get().getCollationKey(text);
    }

    MeetingSummary meeting(PublishedMeeting published) {
        return made.meetings.summary(published, p -> meeting(p, p.meeting(), Urls.meeting(p)));
    }

    MeetingSummary meeting(PublishedMeeting published, Meeting document, String path) {
        return new MeetingSummary(path, published.council().id(), published.council().name(), document.date(),
                DanishDates.date(document.date()), kindLabel(document.kind()), document.kind() == MeetingKind.MINUTES);
    }

    /** The parties and municipalities of those the meeting's document records as present or absent. */
    AttendancePlaces places(PublishedMeeting published) {
        return made.places.summary(published, this::attendancePlaces);
    }

    private AttendancePlaces attendancePlaces(PublishedMeeting published) {
        Meeting meeting = published.meeting();
        if (!meeting.attendanceRecorded()) {
            return AttendancePlaces.NONE;
        }
        Set<String> parties = new LinkedHashSet<>();
        Set<String> municipalities = new LinkedHashSet<>();
        for (List<Attendance> list : List.of(meeting.attendees(), meeting.absent())) {
            for (Attendance a : list) {
                if (!a.party().isEmpty()) {
                    parties.add(a.party());
                }
                if (!a.municipality().isEmpty()) {
                    municipalities.add(slugs.computeIfAbsent(a.municipality(), Slugs::of));
                }
            }
        }
        return new AttendancePlaces(List.copyOf(parties), List.copyOf(municipalities));
    }

    ListedPerson listed(Person person) {
        return made.people.summary(person, Summaries::listing);
    }

    private static ListedPerson listing(Person person) {
        Appearance latest = person.appearances().get(person.appearances().size() - 1);
        MemberSummary summary = new MemberSummary(Urls.person(person), person.name(), latest.party(),
                latest.party().isEmpty() ? "" : Urls.party(latest.party()), latest.municipality(),
                latest.municipality().isEmpty() ? "" : Urls.municipality(latest.municipality()),
                person.presentCount(), person.appearances().size());
        Set<String> councils = new LinkedHashSet<>();
        Set<String> municipalities = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        for (Appearance a : person.appearances()) {
            councils.add(a.meeting().council().id());
            if (!a.municipality().isEmpty()) {
                municipalities.add(a.municipality());
            }
            if (!a.party().isEmpty()) {
                parties.add(a.party());
            }
        }
        Set<String> municipalitySlugs = new LinkedHashSet<>();
        municipalities.forEach(name -> municipalitySlugs.add(Slugs.of(name)));
        return new ListedPerson(summary, danishKey(person.name()), Collections.unmodifiableSet(councils),
                Collections.unmodifiableSet(municipalitySlugs), Collections.unmodifiableSet(parties));
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

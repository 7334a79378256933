package dk.arkiv.site;

import dk.arkiv.link.Appearance;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.Municipality;
import dk.arkiv.link.Person;
import dk.arkiv.link.Presence;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Council;
import dk.arkiv.model.Party;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pages about people: a page per person, municipality and party, and their lists. Attendance
 * comes only from documents that record it; agendas count neither as present nor as absent.
 */
final class PeoplePages {
    private final LinkedArchive archive;
    private final Summaries summaries;
    private final Map<String, Set<Person>> byCouncil = new HashMap<>();
    private final Map<String, Set<Person>> byMunicipality = new HashMap<>();
    private final Map<String, Set<Person>> byParty = new HashMap<>();
    /** A bit per meeting, by its place in the archive's list: sets of thousands of meetings filled from every appearance cost a save more than the rest of its planning. */
    private final Map<String, BitSet> meetingsByMunicipality = new HashMap<>();
    private final Map<String, BitSet> meetingsByParty = new HashMap<>();

    /** Indexes what the pages in {@code scope} list, and the parties' member counts when the list of parties is in it. */
    PeoplePages(LinkedArchive archive, Summaries summaries, PlanScope scope) {
        this.archive = archive;
        this.summaries = summaries;
        boolean partyCounts = scope.list(Urls.PARTIES);
        if (!partyCounts && !scope.anyPlaceOfPeople()) {
            return;
        }
        for (Person person : archive.people()) {
            ListedPerson listed = summaries.listed(person);
            for (String council : listed.councils()) {
                if (scope.council(council)) {
                    add(byCouncil, council, person);
                }
            }
            for (String municipality : listed.municipalities()) {
                if (scope.municipality(municipality)) {
                    add(byMunicipality, municipality, person);
                }
            }
            for (String party : listed.parties()) {
                if (partyCounts || scope.party(party)) {
                    add(byParty, party, person);
                }
            }
        }
        // Only the pages in scope list meetings. Walked meeting by meeting, not person by person:
        // each meeting's few places are kept from plan to plan, where a party's people have
        // tens of thousands of appearances.
        boolean listsMeetings = archive.parties().stream().anyMatch(p -> scope.party(p.letter()))
                || archive.municipalities().stream().anyMatch(m -> scope.municipality(m.id()));
        List<PublishedMeeting> meetings = listsMeetings ? archive.meetings() : List.of();
        for (int i = 0; i < meetings.size(); i++) {
            AttendancePlaces places = summaries.places(meetings.get(i));
            for (String party : places.parties()) {
                if (scope.party(party)) {
                    meetingsByParty.computeIfAbsent(party, k -> new BitSet()).set(i);
                }
            }
            for (String municipality : places.municipalities()) {
                if (scope.municipality(municipality)) {
                    meetingsByMunicipality.computeIfAbsent(municipality, k -> new BitSet()).set(i);
                }
            }
        }
    }

    /** The archive's meetings at these places in its list. */
    private List<PublishedMeeting> meetingsAt(BitSet places) {
        List<PublishedMeeting> out = new ArrayList<>(places.cardinality());
        places.stream().forEach(i -> out.add(archive.meetings().get(i)));
        return out;
    }

    private static <T> void add(Map<String, Set<T>> index, String key, T value) {
        index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }

    void addPages(Consumer<Page> pages, PlanScope scope) {
        List<Link> peopleCrumbs = List.of(new Link(Urls.PEOPLE, "Personer"));
        for (Person person : archive.people()) {
            if (scope.person(person.id())) {
                pages.accept(personPage(person, peopleCrumbs));
            }
        }
        if (scope.list(Urls.PEOPLE)) {
            pages.accept(new Page(Urls.PEOPLE, "people.ftlh", "Personer", "Politikere i arkivets møder", List.of(),
                    Model.with("members", members(archive.people())).build()));
        }

        List<Link> municipalityCrumbs = List.of(new Link(Urls.MUNICIPALITIES, "Kommuner"));
        for (Municipality municipality : archive.municipalities()) {
            if (!scope.municipality(municipality.id())) {
                continue;
            }
            String council = archive.council(municipality.councilId()).map(Council::name).orElse("");
            String path = Urls.municipality(municipality);
            String name = municipality.name() + " Kommune";
            MeetingYears meetings = meetingYears(path, meetingsByMunicipality.getOrDefault(municipality.id(), new BitSet()),
                    scope);
            Model model = Model.with("municipality", municipality.name())
                    .and("council", new Link(Urls.council(municipality.councilId()), council))
                    .and("members", members(byMunicipality.getOrDefault(municipality.id(), Set.of())))
                    .and("meetings", meetings.onPage())
                    .and("olderYears", meetings.olderYears());
            pages.accept(new Page(path, "municipality.ftlh", name, "Politikere fra " + name + " i " + council,
                    municipalityCrumbs, model.build()));
            addYearPages(pages, "Kommune", new Link(path, name), municipalityCrumbs, meetings);
        }
        if (scope.list(Urls.MUNICIPALITIES)) {
            pages.accept(new Page(Urls.MUNICIPALITIES, "municipalities.ftlh", "Kommuner", "Kommunerne i KKR",
                    List.of(), Model.with("councils", municipalitiesByCouncil()).build()));
        }

        List<Link> partyCrumbs = List.of(new Link(Urls.PARTIES, "Partier"));
        for (Party party : archive.parties()) {
            if (!scope.party(party.letter())) {
                continue;
            }
            String path = Urls.party(party);
            String name = party.name() + " (" + party.letter() + ")";
            MeetingYears meetings = meetingYears(path, meetingsByParty.getOrDefault(party.letter(), new BitSet()),
                    scope);
            Model model = Model.with("party", party)
                    .and("members", members(byParty.getOrDefault(party.letter(), Set.of())))
                    .and("meetings", meetings.onPage())
                    .and("olderYears", meetings.olderYears());
            pages.accept(new Page(path, "party.ftlh", name, "Politikere fra " + party.name() + " i KKR", partyCrumbs,
                    model.build()));
            addYearPages(pages, "Parti", new Link(path, name), partyCrumbs, meetings);
        }
        if (scope.list(Urls.PARTIES)) {
            pages.accept(new Page(Urls.PARTIES, "parties.ftlh", "Partier", "Partierne i arkivets møder", List.of(),
                    Model.with("parties", archive.parties().stream()
                            .map(p -> new PartyEntry(Urls.party(p), p.letter(), p.name(),
                                    byParty.getOrDefault(p.letter(), Set.of()).size()))
                            .toList()).build()));
        }
    }

    /** A party in the list of parties. */
    public record PartyEntry(String path, String letter, String name, int memberCount) {
    }

    /** A council's municipalities, for the list of municipalities. */
    public record CouncilMunicipalities(Link council, List<Link> municipalities) {
    }

    private Page personPage(Person person, List<Link> crumbs) {
        List<AppearanceView> appearances = new ArrayList<>();
        for (Appearance a : person.appearances()) {
            String substituteName = a.substituteFor().map(id -> archive.peopleById().get(id))
                    .map(Person::name).orElse("");
            appearances.add(new AppearanceView(summaries.meeting(a.meeting()), a.presence() == Presence.PRESENT,
                    a.party(), a.party().isEmpty() ? "" : Urls.party(a.party()), a.municipality(),
                    a.municipality().isEmpty() ? "" : Urls.municipality(a.municipality()), substituteName,
                    a.substituteFor().filter(archive.peopleById()::containsKey).map(Urls::person).orElse("")));
        }
        appearances.sort(Comparator.comparing((AppearanceView v) -> v.meeting().date()).reversed()
                .thenComparing(v -> v.meeting().path()));
        Appearance latest = person.appearances().get(person.appearances().size() - 1);
        Model model = Model.with("person", summaries.listed(person).summary())
                .and("partyName", summaries.partyName(latest.party()))
                .and("appearances", appearances)
                .and("councils", person.appearances().stream().map(a -> a.meeting().council()).distinct()
                        .map(c -> new Link(Urls.council(c), c.name())).toList());
        return new Page(Urls.person(person), "person.ftlh", person.name(), person.name() + " i KKR-møder", crumbs,
                model.build());
    }

    List<MemberSummary> membersOf(List<PublishedMeeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        return members(byCouncil.getOrDefault(meetings.get(0).council().id(), Set.of()));
    }

    private List<MemberSummary> members(java.util.Collection<Person> people) {
        return people.stream().map(summaries::listed).sorted(ListedPerson.BY_NAME).map(ListedPerson::summary)
                .toList();
    }

    /**
     * A page's meetings: those of its newest years, and those of its older years that are planned
     * (each on a page of its own), with the links to all of its older years.
     */
    private record MeetingYears(List<MeetingSummary> onPage, List<YearGroup<MeetingSummary>> older,
                                List<Link> olderYears) {
    }

    /**
     * Of the older years only those the scope names are planned ({@link PlanScope#olderYearsToPlan}).
     */
    private MeetingYears meetingYears(String pagePath, BitSet meetings, PlanScope scope) {
        List<YearGroup<PublishedMeeting>> years = Timelines.byYear(meetingsAt(meetings), m -> m.meeting().date());
        int shown = YearPages.newestYearsOnPage(years, YearPages.ENTRIES_ON_PAGE);
        List<Link> olderYears = YearPages.olderYears(pagePath, years, shown);
        Optional<Set<Integer>> onlyYears = scope.olderYearsToPlan(pagePath, olderYears);
        List<MeetingSummary> onPage = years.subList(0, shown).stream()
                .flatMap(year -> summarised(year).entries().stream()).toList();
        List<YearGroup<MeetingSummary>> older = years.subList(shown, years.size()).stream()
                .filter(year -> onlyYears.isEmpty() || onlyYears.get().contains(year.year()))
                .map(this::summarised).toList();
        return new MeetingYears(onPage, older, olderYears);
    }

    /** A year's meetings as the pages list them, newest first. */
    private YearGroup<MeetingSummary> summarised(YearGroup<PublishedMeeting> year) {
        return new YearGroup<>(year.year(), CouncilPages.newestFirst(year.entries()).stream().map(summaries::meeting).toList());
    }

    /** The pages of a municipality's or party's older years: only that year's meetings and the years' links. */
    private static void addYearPages(Consumer<Page> pages, String kind, Link owner, List<Link> ownerCrumbs,
                                     MeetingYears meetings) {
        List<Link> crumbs = new ArrayList<>(ownerCrumbs);
        crumbs.add(owner);
        for (YearGroup<MeetingSummary> year : meetings.older()) {
            Model model = Model.with("kind", kind).and("owner", owner).and("year", year)
                    .and("olderYears", meetings.olderYears());
            pages.accept(new Page(Urls.year(owner.path(), year.year()), "meetings-year.ftlh",
                    owner.label() + ", møder i " + year.year(), "Møder med " + owner.label() + " i " + year.year(),
                    List.copyOf(crumbs), model.build()));
        }
    }

    private List<CouncilMunicipalities> municipalitiesByCouncil() {
        Map<String, List<Link>> byCouncilId = new LinkedHashMap<>();
        archive.councils().forEach(c -> byCouncilId.put(c.id(), new ArrayList<>()));
        archive.municipalities().forEach(m -> byCouncilId.get(m.councilId())
                .add(new Link(Urls.municipality(m), m.name())));
        Map<String, Council> councils = new HashMap<>();
        archive.councils().forEach(c -> councils.put(c.id(), c));
        Function<String, Link> councilLink = id -> new Link(Urls.council(id), councils.get(id).name());
        return byCouncilId.entrySet().stream()
                .map(e -> new CouncilMunicipalities(councilLink.apply(e.getKey()), e.getValue().stream()
                        .sorted(Comparator.comparing(Link::label, Summaries.danishOrder())).toList()))
                .toList();
    }
}

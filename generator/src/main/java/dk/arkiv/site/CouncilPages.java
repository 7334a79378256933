package dk.arkiv.site;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Council;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** A page per council: its municipalities, its meetings by year and its members. */
final class CouncilPages {
    private final LinkedArchive archive;
    private final Summaries summaries;
    private final PeoplePages people;

    CouncilPages(LinkedArchive archive, Summaries summaries, PeoplePages people) {
        this.archive = archive;
        this.summaries = summaries;
        this.people = people;
    }

    void addPages(Consumer<Page> pages, PlanScope scope) {
        for (Council council : archive.councils()) {
            if (!scope.council(council.id())) {
                continue;
            }
            List<MeetingSummary> meetings = archive.meetingsOf(council.id()).stream()
                    .map(summaries::meeting).toList();
            Model model = Model.with("council", new CouncilSummary(Urls.council(council), council.name(),
                            council.region(), meetings.size()))
                    .and("municipalities", council.municipalities().stream()
                            .map(m -> new Link(Urls.municipality(m), m)).toList())
                    .and("years", Timelines.byYearNewestFirst(meetings, MeetingSummary::date))
                    .and("members", people.membersOf(archive.meetingsOf(council.id())))
                    .and("feed", Urls.councilFeed(council.id()))
                    .and("calendar", Urls.councilCalendar(council.id()));
            pages.accept(new Page(Urls.council(council), "council.ftlh", council.name(),
                    "Dagsordener og referater fra " + council.name(), List.of(), model.build())
                    .withFeeds(new Link(Urls.councilFeed(council.id()), "Nye møder i " + council.name())));
        }
    }

    /** The councils with their meeting counts, for the home page. */
    List<CouncilSummary> summaries() {
        return archive.councils().stream()
                .map(c -> new CouncilSummary(Urls.council(c), c.name(), c.region(), archive.meetingsOf(c.id()).size()))
                .toList();
    }

    /** Newest first; meetings of one day in the order of their keys. */
    static final Comparator<PublishedMeeting> NEWEST_FIRST = Comparator
            .comparing((PublishedMeeting m) -> m.meeting().date()).reversed().thenComparing(PublishedMeeting::key);

    static List<PublishedMeeting> newestFirst(List<PublishedMeeting> meetings) {
        return meetings.stream().sorted(NEWEST_FIRST).toList();
    }
}

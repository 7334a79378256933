package dk.arkiv.site;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedMeeting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The plan stage: every page of the site and every file it publishes, in a stable order. */
public final class SitePlanner {
    private static final int NEWEST_ON_HOME = 10;

    public SitePlan plan(LinkedArchive archive, SiteConfig config) {
        Summaries summaries = new Summaries(archive);
        List<Page> pages = Collections.synchronizedList(new ArrayList<>());
        Map<String, SitePlan.PublishedFile> files = new ConcurrentSkipListMap<>();

        MeetingPages meetingPages = new MeetingPages(archive, summaries, config);
        archive.meetings().parallelStream()
                .forEach(meeting -> meetingPages.addPages(meeting, pages::add, f -> files.put(f.sitePath(), f)));
        PeoplePages peoplePages = new PeoplePages(archive, summaries);
        CouncilPages councilPages = new CouncilPages(archive, summaries, peoplePages);
        TopicPages topicPages = new TopicPages(archive, summaries);
        councilPages.addPages(pages::add);
        topicPages.addPages(pages::add);
        peoplePages.addPages(pages::add);
        pages.add(home(archive, summaries, councilPages, topicPages, config));
        pages.add(new Page(Urls.MEETINGS, "meetings.ftlh", "Alle møder", "Alle møder i arkivet", List.of(),
                Model.with("years", Timelines.byYearNewestFirst(
                        archive.meetings().stream().map(summaries::meeting).toList(), MeetingSummary::date)).build()));
        pages.add(SearchPage.of(archive, config));
        pages.add(new Page(Urls.NOT_FOUND, "404.ftlh", "Siden findes ikke", "Siden findes ikke", List.of(),
                Map.of()));
        pages.sort(Comparator.comparing(Page::path));
        return new SitePlan(List.copyOf(pages), List.copyOf(files.values()));
    }

    private static Page home(LinkedArchive archive, Summaries summaries, CouncilPages councils, TopicPages topics,
                             SiteConfig config) {
        List<PublishedMeeting> newestFirst = CouncilPages.newestFirst(archive.meetings());
        List<MeetingSummary> held = newestFirst.stream()
                .filter(m -> m.meeting().date().isBefore(config.now().toLocalDate()))
                .limit(NEWEST_ON_HOME).map(summaries::meeting).toList();
        List<MeetingSummary> upcoming = newestFirst.stream()
                .filter(m -> !m.meeting().date().isBefore(config.now().toLocalDate()))
                .sorted(Comparator.comparing(m -> m.meeting().date()))
                .map(summaries::meeting).toList();
        Model model = Model.with("newest", held)
                .and("upcoming", upcoming)
                .and("councils", councils.summaries())
                .and("topics", topics.summaries());
        return new Page(Urls.HOME, "home.ftlh", archive.archive().site().title(),
                "Dagsordener og referater fra de fem KKR", List.of(), model.build())
                .withFeeds(new Link(Urls.FEED, "Nye møder i " + archive.archive().site().title()));
    }
}

package dk.arkiv.site;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedMeeting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The plan stage: every page of the site and every file it publishes, in a stable order. */
public final class SitePlanner {
    private static final int NEWEST_ON_HOME = 10;

    public SitePlan plan(LinkedArchive archive, SiteConfig config) {
        return new SitePlan(pages(archive, config, PlanScope.EVERYTHING), publishedFiles(archive));
    }

    /**
     * The plan after a change: the pages in {@code scope} are planned again, all others are taken
     * from {@code before} as they are.
     */
    public SitePlan replan(SitePlan before, LinkedArchive archive, SiteConfig config, PlanScope scope) {
        if (scope.isEverything()) {
            return plan(archive, config);
        }
        List<Page> pages = SortedPages.merge(scope.notCovered(before.pages()), pages(archive, config, scope));
        return new SitePlan(Collections.unmodifiableList(pages), publishedFiles(archive));
    }

    private List<Page> pages(LinkedArchive archive, SiteConfig config, PlanScope scope) {
        Summaries summaries = new Summaries(archive);
        List<Page> pages = Collections.synchronizedList(new ArrayList<>());

        MeetingPages meetingPages = new MeetingPages(archive, summaries, config);
        archive.meetings().parallelStream().filter(meeting -> scope.meeting(meeting.key()))
                .forEach(meeting -> meetingPages.addPages(meeting, pages::add));
        PeoplePages peoplePages = new PeoplePages(archive, summaries, scope);
        CouncilPages councilPages = new CouncilPages(archive, summaries, peoplePages);
        TopicPages topicPages = new TopicPages(archive, summaries);
        councilPages.addPages(pages::add, scope);
        topicPages.addPages(pages::add, scope);
        peoplePages.addPages(pages::add, scope);
        pages.add(home(archive, summaries, councilPages, topicPages, config));
        if (scope.list(Urls.MEETINGS)) {
            pages.add(new Page(Urls.MEETINGS, "meetings.ftlh", "Alle møder", "Alle møder i arkivet", List.of(),
                    Model.with("years", Timelines.byYearNewestFirst(
                            archive.meetings().stream().map(summaries::meeting).toList(), MeetingSummary::date)).build()));
        }
        pages.add(SearchPage.of(archive, config));
        pages.add(new Page(Urls.NOT_FOUND, "404.ftlh", "Siden findes ikke", "Siden findes ikke", List.of(),
                Map.of()));
        pages.sort(Comparator.comparing(Page::path));
        return List.copyOf(pages);
    }

    /** The attachments published as they are: those listed with a file and without a text of their own. */
    private static List<SitePlan.PublishedFile> publishedFiles(LinkedArchive archive) {
        Map<String, SitePlan.PublishedFile> files = new TreeMap<>();
        for (PublishedMeeting published : archive.meetings()) {
            Stream.concat(Stream.of(published.meeting()), published.agenda().stream())
                    .flatMap(document -> document.items().stream())
                    .flatMap(item -> item.attachments().stream())
                    .filter(attachment -> attachment.text().isEmpty())
                    .flatMap(attachment -> attachment.file().stream())
                    .filter(file -> !file.isEmpty())
                    .forEach(file -> files.put(file, new SitePlan.PublishedFile(file, file)));
        }
        return List.copyOf(files.values());
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

package dk.arkiv.site;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Attachment;
import dk.arkiv.model.Item;
import dk.arkiv.model.Meeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The plan stage: every page of the site and every file it publishes, in a stable order. */
public final class SitePlanner {
    private static final int NEWEST_ON_HOME = 10;

    private final SummaryCache summaries;

    public SitePlanner() {
        this(new SummaryCache());
    }

    /** A planner that shares summaries with the plans before it (see {@link SummaryCache}). */
    public SitePlanner(SummaryCache summaries) {
        this.summaries = summaries;
    }

    public SitePlan plan(LinkedArchive archive, SiteConfig config) {
        summaries.clear();
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
        List<Page> planned = pages(archive, config, scope);
        // Planning first: it finds which long lists' older years changed, all of whose pages are replaced.
        List<Page> pages = SortedPages.merge(scope.notCovered(before.pages()), planned);
        return new SitePlan(Collections.unmodifiableList(pages), publishedFiles(archive));
    }

    private List<Page> pages(LinkedArchive archive, SiteConfig config, PlanScope scope) {
        Summaries summaries = new Summaries(archive, this.summaries);
        List<Page> pages = Collections.synchronizedList(new ArrayList<>());

        // The councils' and people's pages are planned on the pool's thread while this one plans
        // the meetings' pages (in parallel) and then the topics': the meetings' pages alone left a
        // core idle for a third of the stage, and after a save, when they are few, the topics'
        // pages balance the people's.
        TopicPages topicPages = new TopicPages(archive, summaries);
        CompletableFuture<Void> lists = CompletableFuture.runAsync(() -> {
            PeoplePages peoplePages = new PeoplePages(archive, summaries, scope);
            CouncilPages councilPages = new CouncilPages(archive, summaries, peoplePages);
            councilPages.addPages(pages::add, scope);
            peoplePages.addPages(pages::add, scope);
            pages.add(home(archive, summaries, councilPages, topicPages, config));
        });
        MeetingPages meetingPages = new MeetingPages(archive, summaries, config);
        archive.meetings().parallelStream().filter(meeting -> scope.meeting(meeting.key()))
                .forEach(meeting -> meetingPages.addPages(meeting, pages::add));
        topicPages.addPages(pages::add, scope);
        try {
            lists.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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

    /**
     * The attachments published as they are: those listed with a file and without a text of their
     * own. Each meeting's are kept with the summaries: the preview server would otherwise walk
     * every item of the archive here on every save.
     */
    private List<SitePlan.PublishedFile> publishedFiles(LinkedArchive archive) {
        Map<String, SitePlan.PublishedFile> files = new TreeMap<>();
        for (PublishedMeeting published : archive.meetings()) {
            for (SitePlan.PublishedFile file : summaries.files.summary(published, SitePlanner::publishedFilesOf)) {
                files.put(file.sitePath(), file);
            }
        }
        return List.copyOf(files.values());
    }

    private static List<SitePlan.PublishedFile> publishedFilesOf(PublishedMeeting published) {
        List<SitePlan.PublishedFile> files = new ArrayList<>();
        addPublishedFiles(published.meeting(), files);
        published.agenda().ifPresent(agenda -> addPublishedFiles(agenda, files));
        return files.isEmpty() ? List.of() : List.copyOf(files);
    }

    private static void addPublishedFiles(Meeting document, List<SitePlan.PublishedFile> files) {
        for (Item item : document.items()) {
            for (Attachment attachment : item.attachments()) {
                String file = attachment.file().orElse("");
                if (attachment.text().isEmpty() && !file.isEmpty()) {
                    files.add(new SitePlan.PublishedFile(file, file));
                }
            }
        }
    }

    private static Page home(LinkedArchive archive, Summaries summaries, CouncilPages councils, TopicPages topics,
                             SiteConfig config) {
        LocalDate today = config.now().toLocalDate();
        List<MeetingSummary> held = first(NEWEST_ON_HOME, CouncilPages.NEWEST_FIRST, archive.meetings().stream()
                .filter(m -> m.meeting().date().isBefore(today)).toList()).stream().map(summaries::meeting).toList();
        List<MeetingSummary> upcoming = archive.meetings().stream()
                .filter(m -> !m.meeting().date().isBefore(today))
                .sorted(Comparator.comparing((PublishedMeeting m) -> m.meeting().date()).thenComparing(PublishedMeeting::key))
                .map(summaries::meeting).toList();
        Model model = Model.with("newest", held)
                .and("upcoming", upcoming)
                .and("councils", councils.summaries())
                .and("topics", topics.summaries());
        return new Page(Urls.HOME, "home.ftlh", archive.archive().site().title(),
                "Dagsordener og referater fra de fem KKR", List.of(), model.build())
                .withFeeds(new Link(Urls.FEED, "Nye møder i " + archive.archive().site().title()));
    }

    /** The first {@code n} in this order, found without sorting them all (the home page is planned on every save). */
    private static <T> List<T> first(int n, Comparator<T> order, List<T> all) {
        PriorityQueue<T> last = new PriorityQueue<>(order.reversed());
        for (T element : all) {
            last.add(element);
            if (last.size() > n) {
                last.poll();
            }
        }
        List<T> first = new ArrayList<>(last);
        first.sort(order);
        return first;
    }
}

package dk.arkiv.site;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.model.Topic;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A page per topic with its items across councils, and the list of topics. A topic with more
 * items than one page should hold shows its newest years, and each older year gets a page of its
 * own ({@link YearPages}).
 */
final class TopicPages {
    private final LinkedArchive archive;
    private final Summaries summaries;

    TopicPages(LinkedArchive archive, Summaries summaries) {
        this.archive = archive;
        this.summaries = summaries;
    }

    void addPages(Consumer<Page> pages, PlanScope scope) {
        for (Topic topic : archive.topics()) {
            if (scope.topic(topic.id())) {
                addTopic(pages, topic, scope);
            }
        }
        pages.accept(new Page(Urls.TOPICS, "topics.ftlh", "Emner", "Alle emner i arkivet", List.of(),
                Model.with("topics", summaries()).build()));
    }

    /**
     * The topic's page and the pages of its older years, or only its page and the pages of the
     * years the scope names: a save in one year of a topic of decades neither sorts nor compares
     * the others.
     */
    private void addTopic(Consumer<Page> pages, Topic topic, PlanScope scope) {
        List<PublishedItem> items = archive.itemsOn(topic.id());
        List<YearGroup<PublishedItem>> years = Timelines.byYear(items, i -> i.meeting().meeting().date());
        int shown = YearPages.newestYearsOnPage(years, YearPages.ENTRIES_ON_PAGE);
        List<Link> olderYears = YearPages.olderYears(Urls.topic(topic), years, shown);
        Optional<Set<Integer>> onlyYears = scope.olderYearsToPlan(Urls.topic(topic), olderYears);
        Model model = Model.with("topic", new TopicSummary(Urls.topic(topic), topic.title(), items.size()))
                .and("description", Markdown.of(topic.description()))
                .and("related", topic.related().stream()
                        .flatMap(id -> archive.topic(id).stream())
                        .map(t -> new Link(Urls.topic(t), t.title())).toList())
                .and("years", years.subList(0, shown).stream().map(this::summarised).toList())
                .and("olderYears", olderYears)
                .and("feed", Urls.topicFeed(topic.id()));
        pages.accept(new Page(Urls.topic(topic), "topic.ftlh", topic.title(),
                "Sager om " + topic.title() + " i KKR", List.of(new Link(Urls.TOPICS, "Emner")), model.build())
                .withFeeds(new Link(Urls.topicFeed(topic.id()), "Nye sager om " + topic.title())));
        List<Link> crumbs = List.of(new Link(Urls.TOPICS, "Emner"), new Link(Urls.topic(topic), topic.title()));
        for (YearGroup<PublishedItem> year : years.subList(shown, years.size())) {
            if (onlyYears.isPresent() && !onlyYears.get().contains(year.year())) {
                continue;
            }
            String title = topic.title() + ", " + year.year();
            // Only this year's items and the years' links: a save in another year leaves the page as it is.
            Model yearModel = Model.with("topic", new Link(Urls.topic(topic), topic.title()))
                    .and("year", summarised(year))
                    .and("olderYears", olderYears);
            pages.accept(new Page(Urls.year(Urls.topic(topic), year.year()), "topic-year.ftlh", title,
                    "Sager om " + topic.title() + " i KKR i " + year.year(), crumbs, yearModel.build()));
        }
    }

    /** A year's items as the pages list them, newest first. */
    private YearGroup<ItemSummary> summarised(YearGroup<PublishedItem> year) {
        return new YearGroup<>(year.year(), year.entries().stream().map(summaries::item)
                .sorted(Comparator.comparing((ItemSummary i) -> i.meeting().date()).reversed()).toList());
    }

    List<TopicSummary> summaries() {
        return archive.topics().stream()
                .map(t -> new TopicSummary(Urls.topic(t), t.title(), archive.itemsOn(t.id()).size()))
                .sorted(Comparator.comparing(TopicSummary::title, Summaries.danishOrder()))
                .toList();
    }
}

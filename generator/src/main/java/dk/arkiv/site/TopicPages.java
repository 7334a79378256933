package dk.arkiv.site;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.model.Topic;
import java.util.List;
import java.util.function.Consumer;

/** A page per topic with its items across councils, and the list of topics. */
final class TopicPages {
    private final LinkedArchive archive;
    private final Summaries summaries;

    TopicPages(LinkedArchive archive, Summaries summaries) {
        this.archive = archive;
        this.summaries = summaries;
    }

    void addPages(Consumer<Page> pages, PlanScope scope) {
        List<Link> crumbs = List.of(new Link(Urls.TOPICS, "Emner"));
        for (Topic topic : archive.topics()) {
            if (!scope.topic(topic.id())) {
                continue;
            }
            List<ItemSummary> items = archive.itemsOn(topic.id()).stream().map(summaries::item).toList();
            Model model = Model.with("topic", new TopicSummary(Urls.topic(topic), topic.title(), items.size()))
                    .and("description", Markdown.of(topic.description()))
                    .and("related", topic.related().stream()
                            .flatMap(id -> archive.topics().stream().filter(t -> t.id().equals(id)))
                            .map(t -> new Link(Urls.topic(t), t.title())).toList())
                    .and("years", Timelines.byYearNewestFirst(items, i -> i.meeting().date()))
                    .and("feed", Urls.topicFeed(topic.id()));
            pages.accept(new Page(Urls.topic(topic), "topic.ftlh", topic.title(),
                    "Sager om " + topic.title() + " i KKR", crumbs, model.build())
                    .withFeeds(new Link(Urls.topicFeed(topic.id()), "Nye sager om " + topic.title())));
        }
        pages.accept(new Page(Urls.TOPICS, "topics.ftlh", "Emner", "Alle emner i arkivet", List.of(),
                Model.with("topics", summaries()).build()));
    }

    List<TopicSummary> summaries() {
        return archive.topics().stream()
                .map(t -> new TopicSummary(Urls.topic(t), t.title(), archive.itemsOn(t.id()).size()))
                .sorted(java.util.Comparator.comparing(TopicSummary::title, Summaries.danishOrder()))
                .toList();
    }
}

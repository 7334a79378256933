package dk.arkiv.search;

import dk.arkiv.link.Appearance;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.Person;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Item;
import dk.arkiv.model.MeetingKind;
import dk.arkiv.model.Section;
import dk.arkiv.model.Topic;
import dk.arkiv.render.PlainText;
import dk.arkiv.site.DanishDates;
import dk.arkiv.site.SearchScheme;
import dk.arkiv.site.Urls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pages that search finds, taken from the linked archive only, so drafts and the text of
 * closed items never reach the index. Topics and people come first, then meetings newest first,
 * each followed by its items: a document's position is its rank among equally good hits.
 */
final class SearchDocuments {
    private final LinkedArchive archive;
    private final PlainText plainText = new PlainText();

    SearchDocuments(LinkedArchive archive) {
        this.archive = archive;
    }

    /**
     * Every document, each passed through {@code reduce} as soon as it is made (in parallel), so that
     * the whole archive's text is never held at once.
     */
    <T> List<T> all(Function<SearchDocument, T> reduce) {
        List<T> documents = new ArrayList<>();
        archive.topics().forEach(t -> documents.add(reduce.apply(topic(t))));
        archive.people().forEach(p -> documents.add(reduce.apply(person(p))));
        List<PublishedMeeting> newestFirst = archive.meetings().stream()
                .sorted(Comparator.comparing((PublishedMeeting m) -> m.meeting().date()).reversed()
                        .thenComparing(PublishedMeeting::key))
                .toList();
        List<List<T>> perMeeting = newestFirst.parallelStream()
                .map(m -> meetingAndItems(m).stream().map(reduce).toList()).toList();
        perMeeting.forEach(documents::addAll);
        return documents;
    }

    private List<SearchDocument> meetingAndItems(PublishedMeeting meeting) {
        List<PublishedItem> items = archive.itemsOf(meeting);
        String council = meeting.council().name();
        String date = DanishDates.date(meeting.meeting().date());
        String kind = meeting.meeting().kind() == MeetingKind.MINUTES ? "Referat" : "Dagsorden";
        List<String> where = List.of(SearchScheme.key(SearchScheme.COUNCIL, meeting.council().id()), SearchScheme.key(SearchScheme.YEAR, String.valueOf(meeting.meeting().date().getYear())));
        List<SearchDocument> documents = new ArrayList<>(items.size() + 1);
        List<String> meetingFilters = Stream.of(Stream.of(SearchScheme.key(SearchScheme.KIND, SearchDocument.MEETING)), where.stream(),
                        items.stream().flatMap(i -> i.topics().stream()).map(t -> SearchScheme.key(SearchScheme.TOPIC, t)))
                .flatMap(s -> s).distinct().sorted().toList();
        String agenda = items.stream().map(i -> i.item().number() + " " + i.item().title())
                .collect(Collectors.joining(". "));
        String place = meeting.meeting().place().map(p -> " · " + p).orElse("");
        documents.add(new SearchDocument(SearchDocument.MEETING, Urls.meeting(meeting), council + ", " + date,
                kind + place, List.of(agenda), meetingFilters));
        for (PublishedItem item : items) {
            List<String> filters = new ArrayList<>(where);
            filters.add(SearchScheme.key(SearchScheme.KIND, SearchDocument.ITEM));
            item.topics().forEach(t -> filters.add(SearchScheme.key(SearchScheme.TOPIC, t)));
            documents.add(new SearchDocument(SearchDocument.ITEM, Urls.item(item),
                    item.item().number() + " " + item.item().title(), council + " · " + date + " · " + kind,
                    itemTexts(item.item()), filters.stream().sorted().toList()));
        }
        return documents;
    }

    /**
     * An item's texts as parts, not joined: the index reads them in place. A closed item's text is
     * not public: only its number and title are searched.
     */
    private List<String> itemTexts(Item item) {
        if (item.closed()) {
            return List.of("");
        }
        List<String> texts = new ArrayList<>(2 * item.sections().size() + 1 + item.attachments().size());
        String introduction = plainText.of(item.introduction());
        if (!introduction.isEmpty()) {
            texts.add(introduction);
        }
        for (Section section : item.sections()) {
            addUnlessBlank(texts, section.heading() + ":");
            addUnlessBlank(texts, plainText.of(section.markdown()));
        }
        item.attachments().forEach(a -> addUnlessBlank(texts, a.title()));
        return texts;
    }

    private SearchDocument topic(Topic topic) {
        return new SearchDocument(SearchDocument.TOPIC, Urls.topic(topic), topic.title(), "Emne",
                List.of(plainText.of(topic.description())), List.of(SearchScheme.key(SearchScheme.TOPIC, topic.id()), SearchScheme.key(SearchScheme.KIND, SearchDocument.TOPIC)));
    }

    private SearchDocument person(Person person) {
        TreeSet<String> parties = new TreeSet<>();
        TreeSet<String> municipalities = new TreeSet<>();
        TreeSet<String> councils = new TreeSet<>();
        for (Appearance a : person.appearances()) {
            archive.party(a.party()).ifPresent(p -> parties.add(p.name() + " (" + p.letter() + ")"));
            if (!a.municipality().isEmpty()) {
                municipalities.add(a.municipality());
            }
            councils.add(a.meeting().council().id());
        }
        String context = Stream.concat(parties.stream(), municipalities.stream()).collect(Collectors.joining(", "));
        List<String> filters = Stream.concat(Stream.of(SearchScheme.key(SearchScheme.KIND, SearchDocument.PERSON)),
                councils.stream().map(c -> SearchScheme.key(SearchScheme.COUNCIL, c))).sorted().toList();
        return new SearchDocument(SearchDocument.PERSON, Urls.person(person), person.name(),
                context.isEmpty() ? "Person" : context, List.of(context), filters);
    }

    private static void addUnlessBlank(List<String> texts, String more) {
        if (!more.isBlank()) {
            texts.add(more);
        }
    }
}

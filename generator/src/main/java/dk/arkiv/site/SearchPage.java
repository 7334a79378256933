package dk.arkiv.site;

import dk.arkiv.link.LinkedArchive;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** The search page: a form that works as a plain GET form, with the filters' choices. */
final class SearchPage {
    private SearchPage() {
    }

    /** A choice in a filter's drop-down. */
    public record Choice(String value, String label) {
    }

    static Page of(LinkedArchive archive, SiteConfig config) {
        List<Choice> councils = archive.councils().stream()
                .map(c -> new Choice(c.id(), c.name()))
                .sorted(Comparator.comparing(Choice::label, Summaries.danishOrder())).toList();
        List<Choice> topics = archive.topics().stream()
                .map(t -> new Choice(t.id(), t.title()))
                .sorted(Comparator.comparing(Choice::label, Summaries.danishOrder())).toList();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        archive.meetings().forEach(m -> years.add(m.meeting().date().getYear()));
        List<Choice> kinds = List.of(new Choice(SearchScheme.ITEM, "Punkter"),
                new Choice(SearchScheme.MEETING, "Møder"), new Choice(SearchScheme.TOPIC_PAGE, "Emner"),
                new Choice(SearchScheme.PERSON, "Personer"));
        Model model = Model.with("councils", councils)
                .and("topics", topics)
                .and("years", years.stream().map(y -> new Choice(y.toString(), y.toString())).toList())
                .and("kinds", kinds)
                .and("siteRoot", Urls.relative(Urls.SEARCH, "", true))
                .and("directoryUrls", config.directoryUrls())
                .and("chunkSize", SearchScheme.DOCUMENTS_PER_CHUNK)
                .and("indexPath", Urls.relative(Urls.SEARCH, Urls.searchIndex(""), true));
        return new Page(Urls.SEARCH, "soeg.ftlh", "Søg i arkivet", "Søg i dagsordener, referater, emner og personer",
                List.of(), model.build());
    }
}

package dk.arkiv.site;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.Slugs;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Attachment;
import dk.arkiv.model.Item;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.Section;
import java.text.CollationKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The pages of one meeting: the meeting, the agenda beside its minutes, and each item. */
final class MeetingPages {
    private final LinkedArchive archive;
    private final Summaries summaries;
    /**
     * Municipalities in Danish order, by collation keys made once per name: a collator's compare
     * walks both names' collation elements on every comparison, a hundred times a meeting.
     */
    private final Map<String, CollationKey> municipalityKeys = new ConcurrentHashMap<>();
    private final Comparator<String> municipalityOrder = Comparator
            .comparing((String name) -> municipalityKeys.computeIfAbsent(name, Summaries::danishKey))
            .thenComparing(Comparator.naturalOrder());
    /** "Punkter til næste møde" and "Punkter til mødet i KKR Midtjylland den ..." look ahead to the next meeting. */
    private static final Pattern NEXT_MEETING_ITEM = Pattern.compile("^punkter til (næste )?møde", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);

    private final SiteConfig config;

    MeetingPages(LinkedArchive archive, Summaries summaries, SiteConfig config) {
        this.archive = archive;
        this.summaries = summaries;
        this.config = config;
    }

    void addPages(PublishedMeeting published, Consumer<Page> pages) {
        MeetingSummary summary = summaries.meeting(published);
        AttachmentDocuments documents = new AttachmentDocuments(published);
        List<Link> crumbs = List.of(new Link(Urls.council(published.council()), published.council().name()));
        String title = published.council().name() + ", " + summary.dateText();
        Model model = documentModel(published, published.meeting(), summary)
                .and("groups", groups(archive.itemsOf(published)))
                .and("previous", archive.previous(published).map(summaries::meeting).orElse(null))
                .and("next", archive.next(published).map(summaries::meeting).orElse(null))
                .and("agendaPath", published.agenda().map(a -> Urls.agenda(published)).orElse(null))
                .and("jsonLd", EventData.of(published, config));
        pages.accept(new Page(Urls.meeting(published), "meeting.ftlh", title,
                summary.kind() + " for mødet i " + title, crumbs, model.build()));

        published.agenda().ifPresent(agenda -> {
            MeetingSummary agendaSummary = summaries.meeting(published, agenda, Urls.agenda(published));
            Model agendaModel = documentModel(published, agenda, agendaSummary)
                    .and("groups", agenda.groups().stream().map(g -> new AgendaGroup(g.number(), g.title(),
                            g.items().stream().map(i -> itemView(published, i, documents)).toList())).toList())
                    .and("minutesPath", Urls.meeting(published));
            pages.accept(new Page(Urls.agenda(published), "agenda.ftlh", "Dagsorden, " + title,
                    "Dagsorden for mødet i " + title, append(crumbs, new Link(Urls.meeting(published),
                    summary.dateText())), agendaModel.build()));
        });

        List<PublishedItem> items = archive.itemsOf(published);
        List<Link> itemCrumbs = append(crumbs, new Link(Urls.meeting(published), summary.dateText()));
        for (int i = 0; i < items.size(); i++) {
            pages.accept(itemPage(items, i, summary, documents, title, itemCrumbs));
        }
        documents.addPages(summary, itemCrumbs, pages);
    }

    /**
     * The page of the meeting's {@code i}th item. A method of its own, also for the JIT: inlined in
     * the loop above, it made the meeting's method one that C2 took 0.8 s to compile.
     */
    private Page itemPage(List<PublishedItem> items, int i, MeetingSummary summary, AttachmentDocuments documents,
                          String meetingTitle, List<Link> crumbs) {
        PublishedItem item = items.get(i);
        PublishedMeeting published = item.meeting();
        Model itemModel = Model.with("meeting", summary)
                .and("item", itemView(published, item.item(), documents))
                .and("topics", item.topics().stream()
                        .map(id -> archive.topic(id).map(t -> new Link(Urls.topic(t), t.title())).orElseThrow())
                        .toList())
                .and("previous", i > 0 ? summaries.item(items.get(i - 1)) : null)
                .and("next", i + 1 < items.size() ? summaries.item(items.get(i + 1)) : null)
                .and("sameMatter", archive.sameMatterElsewhere(item).stream()
                        .map(other -> new SameMatterView(summaries.item(other), other.meeting().council().name()))
                        .toList())
                .and("earlier", neighbour(item, -1))
                .and("later", neighbour(item, 1))
                .and("nextMeeting", NEXT_MEETING_ITEM.matcher(item.item().title()).find()
                        ? archive.next(published).map(summaries::meeting).orElse(null) : null);
        return new Page(Urls.item(item), "item.ftlh", item.item().number() + ". " + item.item().title(),
                item.item().title() + " (" + meetingTitle + ")", crumbs, itemModel.build());
    }

    /** The same recurring item at the council's meeting before (-1) or after (+1) this one. */
    private ItemSummary neighbour(PublishedItem item, int direction) {
        return archive.nearestOccurrence(item, direction).map(summaries::item).orElse(null);
    }

    /** An agenda group with the full text of its items. */
    public record AgendaGroup(String number, String title, List<ItemView> items) {
    }

    private Model documentModel(PublishedMeeting published, Meeting document, MeetingSummary summary) {
        String when = DanishDates.dateWithWeekday(document.date())
                + document.time().map(t -> " " + DanishDates.time(t)).orElse("");
        return Model.with("meeting", summary)
                .and("when", when)
                .and("place", document.place().orElse(""))
                .and("sag", document.sag().orElse(""))
                .and("attendanceRecorded", document.attendanceRecorded())
                .and("attendeeCount", document.attendees().size())
                .and("attendees", byMunicipality(document))
                .and("absent", document.absent().stream().map(summaries::attendee).toList())
                .and("guests", document.guests().stream()
                        .map(g -> new GuestView(g.name(), g.title(), g.organisation())).toList());
    }

    private List<MunicipalityGroup> byMunicipality(Meeting meeting) {
        Map<String, List<AttendeeView>> groups = new TreeMap<>(municipalityOrder);
        meeting.attendees().forEach(a -> groups.computeIfAbsent(a.municipality(), k -> new ArrayList<>())
                .add(summaries.attendee(a)));
        return groups.entrySet().stream()
                .map(e -> new MunicipalityGroup(e.getKey(), e.getKey().isEmpty() ? "" : Urls.municipality(e.getKey()),
                        e.getValue()))
                .toList();
    }

    private List<GroupView> groups(List<PublishedItem> items) {
        Meeting meeting = items.isEmpty() ? null : items.get(0).meeting().meeting();
        if (meeting == null) {
            return List.of();
        }
        Map<String, ItemSummary> byNumber = new TreeMap<>();
        items.forEach(i -> byNumber.put(i.item().number(), summaries.item(i)));
        return meeting.groups().stream()
                .map(g -> new GroupView(g.number(), g.title(),
                        g.items().stream().map(i -> byNumber.get(i.number())).toList()))
                .toList();
    }

    private ItemView itemView(PublishedMeeting published, Item item, AttachmentDocuments documents) {
        List<SectionView> sections = new ArrayList<>();
        for (Section section : item.sections()) {
            sections.add(new SectionView(section.heading(), Slugs.of(section.heading()),
                    section.isDecision() ? Markdown.decision(section.markdown(), published.key())
                            : Markdown.inMeeting(section.markdown(), published.key()), section.isDecision()));
        }
        List<AttachmentView> attachments = new ArrayList<>();
        for (Attachment attachment : item.attachments()) {
            String path = attachment.file().orElse("");
            if (attachment.text().isPresent()) {
                path = documents.pageOf(attachment, item);
            }
            attachments.add(new AttachmentView(attachment.title(), path, attachment.url().orElse("")));
        }
        return new ItemView(item.number(), item.title(), "punkt-" + item.number().replace('.', '-'), item.closed(),
                item.initials().orElse(""), item.sag().orElse(""), Markdown.inMeeting(item.introduction(), published.key()), sections,
                attachments);
    }

    /**
     * The attachment documents (Markdown bilag) of one meeting, each a page under the meeting:
     * council/date/bilag/&lt;file name&gt;/. Agenda and minutes that list the same file share its page.
     */
    private static final class AttachmentDocuments {
        private final PublishedMeeting meeting;
        private final Map<String, String> pathByFile = new java.util.LinkedHashMap<>();
        private final Map<String, Attachment> attachmentByFile = new java.util.HashMap<>();
        private final Map<String, List<Item>> itemsByFile = new java.util.HashMap<>();

        AttachmentDocuments(PublishedMeeting meeting) {
            this.meeting = meeting;
        }

        synchronized String pageOf(Attachment attachment, Item item) {
            String file = attachment.file().orElseThrow();
            String path = pathByFile.computeIfAbsent(file, this::freePath);
            attachmentByFile.putIfAbsent(file, attachment);
            List<Item> items = itemsByFile.computeIfAbsent(file, f -> new ArrayList<>());
            if (items.stream().noneMatch(i -> i.number().equals(item.number()))) {
                items.add(item);
            }
            return path;
        }

        /** The file's name as the page's, numbered when two files of the meeting share a name. */
        private String freePath(String file) {
            String name = Slugs.of(file.substring(file.lastIndexOf('/') + 1, file.length() - ".md".length()));
            String base = Urls.meeting(meeting) + "bilag/" + (name.isEmpty() ? "bilag" : name);
            String path = base + "/";
            for (int n = 2; pathByFile.containsValue(path); n++) {
                path = base + "-" + n + "/";
            }
            return path;
        }

        void addPages(MeetingSummary summary, List<Link> crumbs, Consumer<Page> pages) {
            pathByFile.forEach((file, path) -> {
                Attachment attachment = attachmentByFile.get(file);
                List<Link> items = itemsByFile.get(file).stream()
                        .map(i -> new Link(Urls.item(meeting, i.number()), i.number() + ". " + i.title()))
                        .toList();
                Model model = Model.with("meeting", summary)
                        .and("attachment", new AttachmentView(attachment.title(), path, ""))
                        .and("items", items)
                        .and("text", Markdown.inMeeting(attachment.text().orElseThrow(), meeting.key()));
                pages.accept(new Page(path, "attachment.ftlh", attachment.title(),
                        "Bilag: " + attachment.title() + " (" + meeting.council().name() + ", " + summary.dateText()
                                + ")", crumbs, model.build()));
            });
        }
    }

    static List<Link> append(List<Link> crumbs, Link last) {
        List<Link> out = new ArrayList<>(crumbs);
        out.add(last);
        return List.copyOf(out);
    }
}

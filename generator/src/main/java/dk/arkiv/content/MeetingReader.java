package dk.arkiv.content;

import dk.arkiv.model.Attachment;
import dk.arkiv.model.Attendance;
import dk.arkiv.model.Council;
import dk.arkiv.model.Guest;
import dk.arkiv.model.Item;
import dk.arkiv.model.ItemGroup;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.MeetingKind;
import dk.arkiv.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one meeting file: its front matter, its body's outline, and checks the two agree. */
final class MeetingReader {
    private static final List<String> MEETING_FIELDS = List.of("council", "kind", "date", "time", "place", "sag",
            "attendees", "absent", "guests", "items", "draft", "publish_from");
    private static final List<String> MEMBER_FIELDS = List.of("name", "party", "municipality", "substitute_for");
    private static final List<String> GUEST_FIELDS = List.of("name", "title", "organisation");
    private static final List<String> ITEM_FIELDS = List.of("number", "title", "topics", "initials", "sag",
            "attachments", "closed", "same_as");
    private static final List<String> ATTACHMENT_FIELDS = List.of("title", "file", "url");

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(\\.dagsorden)?\\.md");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}[:.]\\d{2}))?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Pattern SAME_AS = Pattern.compile("([a-z0-9-]+)/(\\d{4}-\\d{2}-\\d{2})/(\\d+(?:\\.\\d+)*)");

    private final Path contentDir;
    private final Vocabulary vocabulary;
    private final OutlineParser outlineParser = new OutlineParser();

    MeetingReader(Path contentDir, Vocabulary vocabulary) {
        this.contentDir = contentDir;
        this.vocabulary = vocabulary;
    }

    Optional<Meeting> read(SourceFile file, Diagnostics diagnostics) {
        Optional<FrontMatter> frontMatter = TextFiles.read(file, diagnostics)
                .flatMap(text -> FrontMatter.split(file, text, diagnostics));
        if (frontMatter.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = frontMatter.get();
        Optional<Fields> fields = Yaml.parse(file, fm.yaml(), fm.yamlFirstLine(), diagnostics)
                .flatMap(node -> Fields.of(file, fm.yamlFirstLine(), diagnostics, node, "the front matter"));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Outline outline = outlineParser.parse(file, fm.body(), fm.bodyFirstLine(), diagnostics);
        return Optional.ofNullable(new Reading(file, fields.get(), diagnostics).meeting(outline));
    }

    /** The state of reading one file, so that helpers need not pass it around. */
    private final class Reading {
        private final SourceFile file;
        private final Fields f;
        private final Diagnostics diagnostics;
        private Council council;

        Reading(SourceFile file, Fields f, Diagnostics diagnostics) {
            this.file = file;
            this.f = f;
            this.diagnostics = diagnostics;
        }

        Meeting meeting(Outline outline) {
            f.rejectUnknown(MEETING_FIELDS);
            String councilId = f.required("council", "hovedstaden");
            council = vocabulary.councils().get(councilId);
            if (!councilId.isEmpty() && council == null) {
                f.error("council", "unknown council '" + councilId + "'" + knownHint(councilId,
                        vocabulary.councils().keySet(), "content/councils/<id>.yaml"));
            }
            String kindCode = f.required("kind", "referat");
            Optional<MeetingKind> kind = MeetingKind.fromCode(kindCode);
            if (!kindCode.isEmpty() && kind.isEmpty()) {
                f.error("kind", "kind must be 'dagsorden' (agenda) or 'referat' (minutes), not '" + kindCode + "'");
            }
            Optional<LocalDate> date = date(f.required("date", "2024-09-06"));
            Optional<LocalTime> time = f.string("time").flatMap(this::time);
            Optional<LocalDateTime> publishFrom = f.string("publish_from").flatMap(this::publishFrom);

            List<Attendance> attendees = members("attendees");
            List<Attendance> absent = members("absent");
            List<Guest> guests = guests();
            Map<String, ItemFields> itemFields = items();
            List<ItemGroup> groups = groups(outline, itemFields);
            checkFileName(councilId, kind, date);
            checkDecisions(kind, groups);

            if (council == null || kind.isEmpty() || date.isEmpty()) {
                return null;
            }
            boolean attendanceRecorded = kind.get() == MeetingKind.MINUTES || f.has("attendees") || f.has("absent");
            return new Meeting(councilId, kind.get(), date.get(), time, f.string("place"), f.string("sag"),
                    attendees, absent, guests, attendanceRecorded, groups, f.flag("draft"), publishFrom,
                    file.relative());
        }

        private Optional<LocalDate> date(String text) {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Matcher m = DATE.matcher(text);
            if (!m.matches()) {
                f.error("date", "date '" + text + "' must be written YYYY-MM-DD, e.g. 2024-09-06");
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                f.error("date", "date " + text + " does not exist; check the day and the month");
                return Optional.empty();
            }
        }

        private Optional<LocalTime> time(String text) {
            Matcher m = TIME.matcher(text);
            if (m.matches()) {
                int hour = Integer.parseInt(m.group(1));
                int minute = Integer.parseInt(m.group(2));
                if (hour < 24 && minute < 60) {
                    return Optional.of(LocalTime.of(hour, minute));
                }
            }
            f.error("time", "time '" + text + "' must be written \"HH:MM\" (in quotes), e.g. time: \"10:00\"");
            return Optional.empty();
        }

        private Optional<LocalDateTime> publishFrom(String text) {
            Matcher m = DATE_TIME.matcher(text);
            if (m.matches()) {
                Optional<LocalDate> day = date(m.group(1));
                if (day.isEmpty()) {
                    return Optional.empty();
                }
                Optional<LocalTime> at = m.group(2) == null ? Optional.of(LocalTime.MIDNIGHT) : time(m.group(2));
                return at.map(t -> LocalDateTime.of(day.get(), t));
            }
            f.error("publish_from", "publish_from '" + text + "' must be written YYYY-MM-DDTHH:MM,"
                    + " e.g. publish_from: 2024-09-01T12:00");
            return Optional.empty();
        }

        private List<Attendance> members(String key) {
            List<Attendance> out = new ArrayList<>();
            for (Fields member : f.records(key, "members, e.g. '- {name: Torben Hansen, party: A,"
                    + " municipality: Randers}'")) {
                member.rejectUnknown(MEMBER_FIELDS);
                String name = member.required("name", "Torben Hansen");
                Optional<String> party = member.string("party");
                party.filter(p -> !vocabulary.parties().containsKey(p)).ifPresent(p -> member.error("party",
                        "unknown party '" + p + "'; known: " + String.join(", ",
                                vocabulary.parties().keySet().stream().sorted().toList())
                                + " (parties are listed in content/parties.yaml)"));
                Optional<String> municipality = member.string("municipality");
                if (council != null && municipality.isPresent()
                        && !council.municipalities().contains(municipality.get())) {
                    member.warning("municipality", "'" + municipality.get() + "' is not a municipality of "
                            + council.name() + Hints.didYouMean(municipality.get(), council.municipalities()));
                }
                if (!name.isEmpty()) {
                    out.add(new Attendance(name, party.orElse(""), municipality.orElse(""),
                            member.string("substitute_for")));
                }
            }
            return out;
        }

        private List<Guest> guests() {
            List<Guest> out = new ArrayList<>();
            for (Fields guest : f.records("guests", "guests, e.g. '- {name: Jonna Holm Pedersen,"
                    + " title: specialkonsulent, organisation: KL}'")) {
                guest.rejectUnknown(GUEST_FIELDS);
                String name = guest.required("name", "Jonna Holm Pedersen");
                if (!name.isEmpty()) {
                    out.add(new Guest(name, guest.string("title").orElse(""), guest.string("organisation").orElse("")));
                }
            }
            return out;
        }

        /** The items of the front matter by number, in order; duplicates reported. */
        private Map<String, ItemFields> items() {
            if (!f.has("items")) {
                f.error("items", "'items' is missing; list the meeting's items, e.g. items:"
                        + " [{number: \"1.1\", title: Godkendelse af dagsorden}]");
            }
            Map<String, ItemFields> out = new LinkedHashMap<>();
            for (Fields item : f.records("items", "items, e.g. '- {number: \"1.1\", title: Godkendelse af dagsorden}'")) {
                item.rejectUnknown(ITEM_FIELDS);
                String number = item.required("number", "\"1.1\"");
                item.required("title", "Godkendelse af dagsorden");
                if (number.isEmpty()) {
                    continue;
                }
                if (!NUMBER.matcher(number).matches()) {
                    item.error("number", "item number '" + number + "' must be digits and dots, e.g. \"3.7\"");
                    continue;
                }
                ItemFields earlier = out.putIfAbsent(number, new ItemFields(item, number));
                if (earlier != null) {
                    item.error("number", "item " + number + " is listed twice (first on line "
                            + earlier.fields.line() + "); item numbers must be unique");
                }
            }
            return out;
        }

        private List<ItemGroup> groups(Outline outline, Map<String, ItemFields> itemFields) {
            List<ItemGroup> groups = new ArrayList<>();
            Map<String, Integer> headingLines = new HashMap<>();
            for (Outline.Group group : outline.groups()) {
                List<Item> items = new ArrayList<>();
                for (Outline.ItemText text : group.items()) {
                    Integer earlier = headingLines.putIfAbsent(text.number(), text.line());
                    if (earlier != null) {
                        diagnostics.error(file, text.line(), 1, "item " + text.number() + " has a second heading"
                                + " (the first is on line " + earlier + "); each item has one");
                        continue;
                    }
                    ItemFields fields = itemFields.get(text.number());
                    if (fields == null) {
                        if (!text.number().equals("?")) {
                            diagnostics.error(file, text.line(), 1, "item " + text.number()
                                    + " has a heading but is not in items; add it to the front matter:"
                                    + " '- {number: \"" + text.number() + "\", title: " + text.headingTitle() + "}'");
                        }
                        continue;
                    }
                    items.add(fields.toItem(text));
                }
                groups.add(new ItemGroup(group.number(), group.title(), items));
            }
            itemFields.forEach((number, fields) -> {
                if (!headingLines.containsKey(number)) {
                    fields.fields.error("number", "item " + number + " is in items but has no heading in the text;"
                            + " add '## " + number + ". " + fields.fields.string("title").orElse("<title>") + "'");
                }
            });
            return groups;
        }

        private void checkFileName(String councilId, Optional<MeetingKind> kind, Optional<LocalDate> date) {
            String fileName = file.path().getFileName().toString();
            Matcher m = FILE_NAME.matcher(fileName);
            if (!m.matches()) {
                diagnostics.error(file, 0, 0, "a meeting file is named after its date, '<YYYY-MM-DD>.md' (or"
                        + " '<YYYY-MM-DD>.dagsorden.md' for the agenda beside the minutes), not '" + fileName + "'");
                return;
            }
            date.filter(d -> !d.toString().equals(m.group(1))).ifPresent(d -> f.error("date", "date " + d
                    + " does not match the file name " + fileName + "; rename the file or correct the date"));
            if (m.group(2) != null && kind.isPresent() && kind.get() != MeetingKind.AGENDA) {
                f.error("kind", "a '.dagsorden.md' file holds the agenda; write kind: dagsorden");
            }
            Path folder = file.path().getParent();
            String folderName = folder == null ? "" : folder.getFileName().toString();
            if (!councilId.isEmpty() && !folderName.equals(councilId)) {
                f.error("council", "council '" + councilId + "' does not match the folder meetings/" + folderName
                        + "/; move the file to meetings/" + councilId + "/ or correct the council");
            }
        }

        private void checkDecisions(Optional<MeetingKind> kind, List<ItemGroup> groups) {
            if (kind.orElse(null) != MeetingKind.AGENDA) {
                return;
            }
            for (ItemGroup group : groups) {
                for (Item item : group.items()) {
                    item.decision().ifPresent(decision -> diagnostics.warning(file, decision.line(), 1,
                            "an agenda (kind: dagsorden) has no decisions; is this file the minutes"
                                    + " (kind: referat)?"));
                }
            }
        }

        private String knownHint(String id, java.util.Collection<String> known, String where) {
            String close = Hints.didYouMean(id, known);
            return close.isEmpty() ? "; known: " + String.join(", ", known.stream().sorted().toList())
                    + " (each is a file " + where + ")" : close;
        }

        /** An item's front matter, joined with its text when the outline is known. */
        private final class ItemFields {
            final Fields fields;
            final String number;

            ItemFields(Fields fields, String number) {
                this.fields = fields;
                this.number = number;
            }

            Item toItem(Outline.ItemText text) {
                String title = fields.string("title").orElse(text.headingTitle());
                if (!text.headingTitle().isEmpty() && !normalise(text.headingTitle()).equals(normalise(title))) {
                    diagnostics.warning(file, text.line(), 1, "the heading of item " + number + " says '"
                            + text.headingTitle() + "' but items says '" + title + "'; the title in items is used");
                }
                List<String> topics = fields.strings("topics");
                for (String topic : topics) {
                    if (!vocabulary.topics().containsKey(topic)) {
                        fields.error("topics", "unknown topic '" + topic + "'" + knownHint(topic,
                                vocabulary.topics().keySet(), "content/topics/<id>.md"));
                    }
                }
                List<String> sameAs = fields.strings("same_as");
                for (String other : sameAs) {
                    if (!SAME_AS.matcher(other).matches()) {
                        fields.error("same_as", "same_as '" + other + "' must name an item as council/date/number,"
                                + " e.g. midtjylland/2024-09-06/3.3");
                    }
                }
                List<Section> sections = text.sections().stream()
                        .map(s -> new Section(s.heading(), s.markdown(), s.line(), s.textLine())).toList();
                return new Item(number, title, topics, fields.string("initials"), fields.string("sag"),
                        attachments(fields), fields.flag("closed"), sameAs, text.introduction(), sections,
                        text.line());
            }

            private List<Attachment> attachments(Fields item) {
                List<Attachment> out = new ArrayList<>();
                for (Fields a : item.records("attachments", "attachments, e.g. '- {title: Bilag 1,"
                        + " file: files/2024/bilag-1.pdf}'")) {
                    a.rejectUnknown(ATTACHMENT_FIELDS);
                    String title = a.required("title", "Kommissorium for opgaveudvalg");
                    Optional<String> attachmentFile = a.string("file");
                    Optional<String> url = a.string("url");
                    attachmentFile.ifPresent(path -> checkAttachmentFile(a, path));
                    url.filter(u -> !u.startsWith("https://") && !u.startsWith("http://")).ifPresent(u ->
                            a.error("url", "url must be a web address starting with https://, not '" + u + "'"));
                    if (!title.isEmpty()) {
                        out.add(new Attachment(title, attachmentFile, url));
                    }
                }
                return out;
            }

            private void checkAttachmentFile(Fields a, String path) {
                Path resolved = contentDir.resolve(path).normalize();
                if (path.startsWith("/") || path.contains("\\") || !resolved.startsWith(contentDir.normalize())
                        || path.contains("..")) {
                    a.error("file", "attachment file '" + path + "' must be a path inside content/,"
                            + " e.g. files/2024/bilag.pdf");
                    return;
                }
                if (!Files.isRegularFile(resolved)) {
                    a.error("file", "attachment file '" + path + "' does not exist in content/");
                    return;
                }
                try {
                    if (!resolved.toRealPath().startsWith(contentDir.toRealPath())) {
                        a.error("file", "attachment file '" + path + "' links to a file outside content/");
                    }
                } catch (IOException e) {
                    a.error("file", "attachment file '" + path + "' cannot be read: " + e.getMessage());
                }
            }
        }
    }

    private static String normalise(String title) {
        return title.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}

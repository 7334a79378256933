package dk.arkiv.importer;

import dk.arkiv.model.MeetingKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a meeting together from a document's blocks: the facts and attendance before the first
 * item, then the groups and items. Flags on the command line supply or override the facts; a
 * required fact that neither the text nor a flag gives stops the import with the flag to pass.
 */
final class MeetingRecogniser {

    private MeetingRecogniser() {
    }

    static Outcome<ImportedMeeting> recognise(Path file, Cleaned cleaned, ImportContext context, ImportOptions options) {
        List<Block> blocks = cleaned.blocks();
        List<AgendaHeading> headings = AgendaOutline.find(blocks, cleaned.contents());
        if (headings.stream().noneMatch(h -> !h.group())) {
            return Outcome.refused(Problem.whole(file, "no agenda items found (numbered like '3.1. Title', 'Punkt 5:"
                    + " Title' or '715. Title'); is this an agenda or minutes? An attachment bundle needs"
                    + " 'Bilag' entries under item numbers"));
        }
        List<Block> header = blocks.subList(0, headings.get(0).index());
        Outcome<ImportContext.Council> council = CouncilRecogniser.recognise(file, context, options, header, blocks,
                cleaned.furniture().names());
        if (council instanceof Outcome.Refused<ImportContext.Council> refused) {
            return Outcome.refused(refused.problem());
        }
        ImportContext.Council theCouncil = ((Outcome.Done<ImportContext.Council>) council).value();
        List<Problem> warnings = new ArrayList<>();
        HeaderFacts facts = HeaderFacts.read(header);
        Optional<LocalDate> textDate = facts.date().or(() -> cleaned.furniture().date());
        int dateLine = facts.date().isPresent() ? facts.dateLine() : cleaned.furniture().dateLine();
        if (options.date().isPresent() && textDate.isPresent() && !options.date().equals(textDate)) {
            warnings.add(Problem.at(file, dateLine, "--date " + options.date().get() + " overrides the date "
                    + textDate.get() + " in the text"));
        }
        Optional<LocalDate> date = options.date().or(() -> textDate);
        if (date.isEmpty()) {
            return Outcome.refused(Problem.whole(file, "no meeting date found; pass --date YYYY-MM-DD"));
        }
        List<ImportedGroup> groups = groups(blocks, headings, new TopicTagger(context.topics()));
        boolean decisions = groups.stream().flatMap(g -> g.items().stream())
                .anyMatch(i -> i.sections().stream().anyMatch(ImportedSection::isDecision));
        MeetingKind kind = options.kind().or(facts::kind)
                .orElse(decisions ? MeetingKind.MINUTES : MeetingKind.AGENDA);
        Attendance attendance = AttendanceRecogniser.read(file, header, Optional.of(theCouncil), context.parties());
        warnings.addAll(attendance.warnings());
        if (kind == MeetingKind.AGENDA && !(attendance.present().isEmpty() && attendance.absent().isEmpty())) {
            warnings.add(Problem.whole(file, "an agenda records no attendance; the attendance list was left out"
                    + " (pass --kind referat if these are the minutes)"));
        }
        warnings.addAll(missingFromContents(file, cleaned.contents(), headings));
        Optional<String> sag = commonSag(groups);
        List<ImportedGroup> withSag = groups.stream().map(g -> new ImportedGroup(g.number(), g.title(),
                g.items().stream().map(i -> i.withSag(i.sag().filter(s -> !sag.equals(Optional.of(s))))).toList()))
                .toList();
        boolean minutes = kind == MeetingKind.MINUTES;
        return Outcome.done(new ImportedMeeting(theCouncil.id(), kind, date.get(), facts.time(), facts.place(), sag,
                minutes ? attendance.present() : List.of(), minutes ? attendance.absent() : List.of(),
                attendance.guests(), withSag, warnings));
    }

    private static List<ImportedGroup> groups(List<Block> blocks, List<AgendaHeading> headings, TopicTagger tagger) {
        List<ImportedGroup> groups = new ArrayList<>();
        AgendaHeading group = null;
        List<ImportedItem> items = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            AgendaHeading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).index() : blocks.size();
            if (heading.group()) {
                if (group != null || !items.isEmpty()) {
                    groups.add(group(group, items));
                }
                group = heading;
                items = new ArrayList<>();
            } else {
                ImportedItem item = ItemReader.read(heading, blocks.subList(heading.index() + 1, end));
                items.add(item.withTopics(tagger.topicsOf(item)));
            }
        }
        if (group != null || !items.isEmpty()) {
            groups.add(group(group, items));
        }
        return groups;
    }

    private static ImportedGroup group(AgendaHeading heading, List<ImportedItem> items) {
        return heading == null ? new ImportedGroup("", "", items) : new ImportedGroup(heading.number(), heading.title(), items);
    }

    /** The case-file number most items share is the meeting's. */
    private static Optional<String> commonSag(List<ImportedGroup> groups) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        groups.forEach(g -> g.items().forEach(i -> i.sag().ifPresent(s -> counts.merge(s, 1, Integer::sum))));
        return counts.entrySet().stream().max(Comparator.comparing(Map.Entry::getValue)).filter(e -> e.getValue() > 1
                || counts.size() == 1).map(Map.Entry::getKey);
    }

    private static List<Problem> missingFromContents(Path file, TableOfContents contents, List<AgendaHeading> headings) {
        Set<String> found = new HashSet<>();
        headings.forEach(h -> found.add(h.number()));
        List<Problem> out = new ArrayList<>();
        for (String number : contents.titles().keySet()) {
            if (!found.contains(number)) {
                out.add(Problem.whole(file, "the table of contents lists " + number + ". " + contents.titles().get(number)
                        + ", but the text has no heading for it; check the export"));
            }
        }
        return out;
    }
}

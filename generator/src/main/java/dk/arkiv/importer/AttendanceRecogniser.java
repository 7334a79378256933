package dk.arkiv.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads attendance lists: "Deltagere" / "Tilstede" / "Medlemmer" / "Mødedeltagere" (present),
 * "Afbud" / "Fraværende" (absent), and "Fra KL" / "Fra KD-Net" (guests, with their titles), one
 * person a line or several on one line after a colon. Municipalities are written without
 * " Kommune"; a party letter or municipality the archive does not know is left out with a warning,
 * so the file still builds.
 */
final class AttendanceRecogniser {
    private static final Pattern PRESENT = Pattern.compile(
            "^(?:deltagere|deltagende medlemmer|deltagende|tilstede|til stede|til stede var|medlemmer|mødedeltagere"
                    + "|fremmødte|tilstedeværende)\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ABSENT = Pattern.compile(
            "^(?:afbud|fraværende|afbud\\s*/\\s*fraværende|fraværende\\s*/\\s*afbud|fravær|fraværende med afbud"
                    + "|meldt afbud|afbud fra)\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GUESTS_FROM = Pattern.compile("^Fra\\s+(\\S+(?:\\s+\\S+){0,2})\\s*:?\\s*$");
    private static final Pattern GUESTS = Pattern.compile(
            "^(?:øvrige deltagere|gæster|desuden deltog|endvidere deltog|fra administrationen|administrationen"
                    + "|øvrige)\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’\\-]*|von|van|de|af|la)){1,5})\\s*(?:[,(–-]\\s*(.*?)\\)?)?\\.?$");
    private static final Pattern SUBSTITUTE = Pattern.compile(
            "^(?:suppl\\.?|suppleant|stedfortræder|i stedet)\\s*(?:for)?\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*;\\s*|(?<=\\))\\s*,\\s*|,\\s*(?=\\p{Lu}[^,()]*\\([\\p{Lu}]{1,2}\\))|\\s+og\\s+(?=\\p{Lu})");

    private enum Mode { NONE, PRESENT, ABSENT, GUESTS }

    private final Path file;
    private final Optional<ImportContext.Council> council;
    private final Map<String, String> parties;
    private final List<Member> present = new ArrayList<>();
    private final List<Member> absent = new ArrayList<>();
    private final List<Guest> guests = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private AttendanceRecogniser(Path file, Optional<ImportContext.Council> council, Map<String, String> parties) {
        this.file = file;
        this.council = council;
        this.parties = parties;
    }

    static Attendance read(Path file, List<Block> header, Optional<ImportContext.Council> council,
                           Map<String, String> parties) {
        AttendanceRecogniser recogniser = new AttendanceRecogniser(file, council, parties);
        recogniser.readAll(header);
        return new Attendance(recogniser.present, recogniser.absent, recogniser.guests, recogniser.warnings);
    }

    private void readAll(List<Block> header) {
        Mode mode = Mode.NONE;
        Optional<String> organisation = Optional.empty();
        for (Block block : header) {
            String text = block.text().strip();
            if (text.equalsIgnoreCase("deltagerfortegnelse") || text.equalsIgnoreCase("deltagerliste")) {
                continue;
            }
            Matcher m;
            if ((m = ABSENT.matcher(text)).matches()) {
                mode = Mode.ABSENT;
                inlineMembers(m.group(1), block.line(), absent);
                continue;
            }
            if ((m = PRESENT.matcher(text)).matches()) {
                mode = Mode.PRESENT;
                inlineMembers(m.group(1), block.line(), present);
                continue;
            }
            if ((m = GUESTS_FROM.matcher(text)).matches()) {
                mode = Mode.GUESTS;
                organisation = Optional.of(m.group(1));
                continue;
            }
            if ((m = GUESTS.matcher(text)).matches()) {
                mode = Mode.GUESTS;
                organisation = Optional.empty();
                for (String part : m.group(1).isBlank() ? List.<String>of() : List.of(LIST_SEPARATOR.split(m.group(1)))) {
                    guest(part, organisation).ifPresent(guests::add);
                }
                continue;
            }
            switch (mode) {
                case PRESENT -> mode = member(text, block.line()).map(present::add).isPresent() ? mode : Mode.NONE;
                case ABSENT -> mode = member(text, block.line()).map(absent::add).isPresent() ? mode : Mode.NONE;
                case GUESTS -> {
                    Optional<Guest> guest = guest(text, organisation);
                    guest.ifPresent(guests::add);
                    mode = guest.isPresent() ? mode : Mode.NONE;
                }
                default -> {
                }
            }
        }
    }

    private void inlineMembers(String rest, int line, List<Member> into) {
        if (rest.isBlank()) {
            return;
        }
        for (String part : LIST_SEPARATOR.split(rest.replaceAll("\\.$", ""))) {
            member(part.strip(), line).ifPresent(into::add);
        }
    }

    private Optional<Member> member(String text, int line) {
        Matcher withParty = LineShapes.PERSON.matcher(text);
        if (withParty.matches()) {
            String name = withParty.group(1).replaceAll("[,\\s]+$", "").strip();
            return Optional.of(details(name, Optional.of(withParty.group(2)), withParty.group(3), line));
        }
        Matcher plain = NAME.matcher(text);
        if (plain.matches() && text.length() <= 80) {
            return Optional.of(details(plain.group(1).strip(), Optional.empty(),
                    plain.group(2) == null ? "" : plain.group(2), line));
        }
        return Optional.empty();
    }

    private Member details(String name, Optional<String> party, String rest, int line) {
        Optional<String> knownParty = party;
        if (party.isPresent() && !parties.isEmpty() && !parties.containsKey(party.get())) {
            warnings.add(Problem.at(file, line, "party '" + party.get() + "' of " + name
                    + " is not in parties.yaml; left out (add the letter to content/parties.yaml)"));
            knownParty = Optional.empty();
        }
        Optional<String> municipality = Optional.empty();
        Optional<String> substitute = Optional.empty();
        for (String part : rest.split("\\s*,\\s*")) {
            String piece = part.strip().replaceAll("\\.$", "");
            Matcher sub = SUBSTITUTE.matcher(piece);
            if (sub.matches()) {
                substitute = Optional.of(sub.group(1).strip());
            } else if (!piece.isEmpty() && municipality.isEmpty() && Character.isUpperCase(piece.codePointAt(0))) {
                municipality = municipality(piece, name, line);
            }
        }
        return new Member(name, knownParty, municipality, substitute);
    }

    private Optional<String> municipality(String text, String name, int line) {
        String bare = text.replaceAll("(?i)\\s+kommune$", "").replaceAll("(?i)^kommune\\s+", "").strip();
        if (council.isEmpty() || council.get().municipalities().isEmpty()) {
            return bare.matches("\\p{Lu}[\\p{L}\\-]+(?:[ \\-]\\p{Lu}[\\p{L}\\-]+)?") ? Optional.of(bare) : Optional.empty();
        }
        for (String known : council.get().municipalities()) {
            if (known.equalsIgnoreCase(bare)) {
                return Optional.of(known);
            }
        }
        warnings.add(Problem.at(file, line, "'" + bare + "' (" + name + ") is not a municipality of "
                + council.get().name() + "; left out (check content/councils/" + council.get().id() + ".yaml)"));
        return Optional.empty();
    }

    private static Optional<Guest> guest(String text, Optional<String> organisation) {
        String[] parts = text.split("\\s*,\\s*", 2);
        Matcher name = NAME.matcher(parts[0].strip());
        if (!name.matches() || name.group(2) != null || parts[0].length() > 60) {
            return Optional.empty();
        }
        Optional<String> title = parts.length > 1 && !parts[1].isBlank()
                ? Optional.of(parts[1].strip().replaceAll("\\.$", "")) : Optional.empty();
        return Optional.of(new Guest(name.group(1).strip(), title, organisation));
    }
}

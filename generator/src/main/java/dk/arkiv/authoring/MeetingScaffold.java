package dk.arkiv.authoring;

import dk.arkiv.model.Archive;
import dk.arkiv.model.Attendance;
import dk.arkiv.model.Council;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.MeetingKind;
import dk.arkiv.site.DanishDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A new meeting file: the council's latest members prefilled, the standard items (approvals,
 * Siden sidst, Punkter til næste møde, Eventuelt), and comments in Danish that guide the writer.
 * The text passes `arkiv check` as written.
 */
public final class MeetingScaffold {
    private MeetingScaffold() {
    }

    public static String text(Archive archive, Council council, LocalDate date, MeetingKind kind) {
        List<Meeting> earlier = archive.meetings().stream()
                .filter(m -> m.councilId().equals(council.id()) && m.date().isBefore(date))
                .sorted(Comparator.comparing(Meeting::date))
                .toList();
        Optional<Meeting> previous = earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
        Optional<Meeting> withMembers = earlier.stream().filter(Meeting::attendanceRecorded)
                .reduce((a, b) -> b);
        String name = council.name();
        StringBuilder text = new StringBuilder("---\n");
        text.append("# Mødets fakta. Ret tid og sted; felterne er beskrevet i docs/content-format.md.\n");
        text.append("council: ").append(council.id()).append('\n');
        text.append("kind: ").append(kind.code()).append("            # dagsorden før mødet, referat efter\n");
        text.append("date: ").append(date).append('\n');
        text.append("time: \"10:00\"\n");
        previous.flatMap(Meeting::place).ifPresent(p -> text.append("place: ").append(quoted(p)).append('\n'));
        members(text, withMembers, kind);
        text.append("items:\n");
        for (String[] item : items(previous)) {
            text.append("  - number: \"").append(item[0]).append("\"\n    title: ").append(quoted(item[1])).append('\n');
        }
        text.append("  # Tilføj sagerne under 3 her, fx:\n");
        text.append("  # - number: \"3.1\"\n  #   title: Aftale om Grønt Danmark\n  #   topics: [groent-danmark]\n");
        text.append("---\n\n");
        body(text, name, date, previous, kind);
        return text.toString();
    }

    private static void members(StringBuilder text, Optional<Meeting> withMembers, MeetingKind kind) {
        if (withMembers.isEmpty()) {
            text.append("# attendees: [{name: Navn Navnesen, party: A, municipality: Kommune}]\n");
            return;
        }
        List<Attendance> members = new ArrayList<>(withMembers.get().attendees().stream()
                .filter(a -> a.substituteFor().isEmpty()).toList());
        members.addAll(withMembers.get().absent());
        members.sort(Comparator.comparing(Attendance::municipality).thenComparing(Attendance::name));
        String prefix = kind == MeetingKind.MINUTES ? "" : "# ";
        text.append(kind == MeetingKind.MINUTES
                ? "# Medlemmerne fra mødet " + withMembers.get().date() + ". Flyt dem, der meldte afbud, til absent.\n"
                : "# En dagsorden oplyser ikke fremmøde. Medlemmerne fra mødet " + withMembers.get().date()
                        + " står klar til referatet.\n");
        text.append(prefix).append("attendees:\n");
        for (Attendance member : members) {
            text.append(prefix).append("  - {name: ").append(quoted(member.name()));
            if (!member.party().isEmpty()) {
                text.append(", party: ").append(quoted(member.party()));
            }
            if (!member.municipality().isEmpty()) {
                text.append(", municipality: ").append(quoted(member.municipality()));
            }
            text.append("}\n");
        }
        if (kind == MeetingKind.MINUTES) {
            text.append("absent: []\n");
        }
    }

    private static List<String[]> items(Optional<Meeting> previous) {
        List<String[]> items = new ArrayList<>();
        items.add(new String[] {"1.1", "Godkendelse af dagsorden"});
        items.add(new String[] {"1.2", previous.map(p -> "Godkendelse af referat fra mødet den "
                + DanishDates.date(p.date())).orElse("Godkendelse af referat")});
        items.add(new String[] {"2.1", "Siden sidst"});
        items.add(new String[] {"4.1", "Punkter til næste møde"});
        items.add(new String[] {"5.1", "Eventuelt"});
        return items;
    }

    private static void body(StringBuilder text, String name, LocalDate date, Optional<Meeting> previous,
                             MeetingKind kind) {
        String decision = kind == MeetingKind.MINUTES ? "\n### Beslutning\n\n<!-- Skriv beslutningen her. -->\n" : "";
        text.append("# 1. Godkendelse af dagsorden og referat\n\n");
        text.append("## 1.1. Godkendelse af dagsorden\n\n### Indstilling\n\n");
        text.append("Det indstilles, at ").append(name).append(" godkender dagsordenen for mødet den ")
                .append(DanishDates.date(date)).append(".\n").append(decision).append('\n');
        text.append("## 1.2. ").append(previous.map(p -> "Godkendelse af referat fra mødet den "
                + DanishDates.date(p.date())).orElse("Godkendelse af referat")).append("\n\n### Indstilling\n\n");
        text.append("Det indstilles, at ").append(name).append(" godkender referatet")
                .append(previous.map(p -> " fra mødet den " + DanishDates.date(p.date())).orElse(""))
                .append(".\n").append(decision).append('\n');
        text.append("# 2. Siden sidst\n\n## 2.1. Siden sidst\n\n### Baggrund\n\n");
        text.append("<!-- Orienteringer siden sidste møde, gerne som punktliste med - foran. -->\n\n");
        text.append("### Indstilling\n\nDet indstilles, at ").append(name)
                .append(" tager orienteringerne til efterretning.\n").append(decision).append('\n');
        text.append("# 3. Regionalpolitiske sager\n\n");
        text.append("<!-- Hver sag: '## 3.1. Titel', derefter ### Baggrund, ### Indstilling, ### Sagsfremstilling").append(
                kind == MeetingKind.MINUTES ? " og ### Beslutning" : "").append(". Husk sagen i items ovenfor. -->\n\n");
        text.append("# 4. Punkter til næste møde\n\n## 4.1. Punkter til næste møde\n\n### Indstilling\n\n");
        text.append("Det indstilles, at ").append(name).append(" drøfter punkter til næste møde.\n")
                .append(decision).append('\n');
        text.append("# 5. Eventuelt\n\n## 5.1. Eventuelt\n").append(decision);
    }

    /** A YAML scalar, quoted when a plain one could be misread. */
    static String quoted(String value) {
        boolean plain = value.matches("[\\p{L}][\\p{L}\\p{N} .,()'/-]*") && !value.endsWith(" ")
                && !List.of("yes", "no", "on", "off", "true", "false", "null").contains(value.toLowerCase());
        return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

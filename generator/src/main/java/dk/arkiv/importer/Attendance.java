package dk.arkiv.importer;

import java.util.List;

/** Who was there, who sent apologies, and who else took part, as an attendance list states it. */
record Attendance(List<Member> present, List<Member> absent, List<Guest> guests, List<Problem> warnings) {
    Attendance {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        guests = List.copyOf(guests);
        warnings = List.copyOf(warnings);
    }

    static Attendance none() {
        return new Attendance(List.of(), List.of(), List.of(), List.of());
    }
}

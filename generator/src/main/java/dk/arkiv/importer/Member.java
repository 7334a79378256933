package dk.arkiv.importer;

import java.util.Optional;

/** A council member in an attendance list: present, absent (afbud), or standing in as a substitute. */
public record Member(String name, Optional<String> party, Optional<String> municipality,
                     Optional<String> substituteFor) {
}

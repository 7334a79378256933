package dk.arkiv.model;

import java.util.Optional;

/**
 * A member's presence or absence at one meeting, with party and municipality as they were then.
 *
 * @param substituteFor the member this person stood in for (suppleant), as written
 */
public record Attendance(String name, String party, String municipality, Optional<String> substituteFor) {
}

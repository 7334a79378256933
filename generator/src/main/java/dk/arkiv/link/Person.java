package dk.arkiv.link;

import java.util.List;

/** One politician across meetings and name variants. Appearances are oldest first. */
public record Person(String id, String name, List<Appearance> appearances) {
    public Person {
        appearances = List.copyOf(appearances);
    }

    /** People are the same when their ids are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Person p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public long presentCount() {
        return appearances.stream().filter(a -> a.presence() == Presence.PRESENT).count();
    }
}

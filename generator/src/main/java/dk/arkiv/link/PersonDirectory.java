package dk.arkiv.link;

import dk.arkiv.model.NameVariants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Resolves the names written in meeting files to one person each, using people.yaml's aliases. */
public final class PersonDirectory {
    private final Map<String, String> canonicalByVariant = new HashMap<>();
    /** Names as written, resolved: an archive writes the same few hundred names many thousand times. */
    private final Map<String, String> canonicalByWritten = new ConcurrentHashMap<>();
    private final Map<String, String> idByWritten = new ConcurrentHashMap<>();
    private final List<NameVariants> people;

    public PersonDirectory(List<NameVariants> people) {
        this.people = people;
        for (NameVariants person : people) {
            String name = normalise(person.name());
            canonicalByVariant.put(key(name), name);
            for (String alias : person.aliases()) {
                canonicalByVariant.put(key(alias), name);
            }
        }
    }

    /** Whether the directory was made from these people. */
    boolean isFor(List<NameVariants> others) {
        return people == others || people.equals(others);
    }

    /** The name to show for a name as written. */
    public String canonicalName(String written) {
        return canonicalByWritten.computeIfAbsent(written, w -> {
            String name = normalise(w);
            return canonicalByVariant.getOrDefault(key(name), name);
        });
    }

    public String idOf(String written) {
        return idByWritten.computeIfAbsent(written, w -> Slugs.of(canonicalName(w)));
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String normalise(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }

    private static String key(String name) {
        return Slugs.of(name);
    }
}

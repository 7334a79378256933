package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A grouping patched after a few meetings changed is the grouping made anew from the same lists. */
class PeopleGroupingTest {
    private static final String[] NAMES = {"Anna Aaen", "Birgit Hansen", "Jes Lunde", "Mai-Britt Beith",
        "Søren Smalbro", "Ulla Vestergaard", "Thomas Hjorth", "Leif Skaarup"};

    private final Random random = new Random(7);

    @Test
    void patchingAFewMeetingsGivesWhatGroupingAnewGives() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add("nordjylland/2024-" + String.format("%02d", 1 + i / 4) + "-" + String.format("%02d", 1 + i % 4 * 7));
        }
        List<List<ArchiveLinker.Attending>> perMeeting = new ArrayList<>(keys.stream().map(this::attendance).toList());
        PeopleGrouping patching = new PeopleGrouping();
        patching.group(List.copyOf(perMeeting));
        for (int save = 0; save < 200; save++) {
            List<Person> before = patching.group(List.copyOf(perMeeting));
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                int at = random.nextInt(keys.size());
                perMeeting.set(at, attendance(keys.get(at)));
            }
            List<Person> patched = patching.group(List.copyOf(perMeeting));
            List<Person> anew = new PeopleGrouping().group(List.copyOf(perMeeting));
            assertThat(patched).as("save " + save).hasSameSizeAs(anew);
            for (int i = 0; i < anew.size(); i++) {
                assertThat(patched.get(i).id()).isEqualTo(anew.get(i).id());
                assertThat(patched.get(i).name()).isEqualTo(anew.get(i).name());
                assertThat(patched.get(i).appearances()).isEqualTo(anew.get(i).appearances());
            }
            // Someone absent from every changed meeting keeps their very object.
            assertThat(patched).anySatisfy(p -> assertThat(before).contains(p));
        }
    }

    /** Who attended a meeting: some of the names, present or absent, under varying spellings and parties. */
    private List<ArchiveLinker.Attending> attendance(String key) {
        if (random.nextInt(10) == 0) {
            return List.of();
        }
        PublishedMeeting meeting = new PublishedMeeting(key, null, null, Optional.empty());
        List<ArchiveLinker.Attending> attending = new ArrayList<>();
        for (String name : NAMES) {
            if (random.nextInt(3) > 0) {
                String written = random.nextBoolean() ? name : name.toUpperCase();
                attending.add(new ArchiveLinker.Attending(Slugs.of(name), written, new Appearance(meeting,
                        random.nextBoolean() ? Presence.PRESENT : Presence.ABSENT, random.nextBoolean() ? "A" : "V",
                        "Aalborg", Optional.empty())));
            }
        }
        return attending;
    }
}

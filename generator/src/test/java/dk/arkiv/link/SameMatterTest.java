package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Same-matter detection on facts alone: across councils, and a recurring item's occurrences over time. */
class SameMatterTest {
    private static SameMatter.Facts item(String key, String title, String... topics) {
        String[] parts = key.split("/");
        return SameMatter.Facts.of(key, LocalDate.parse(parts[1]), parts[0], Set.of(topics), title, List.of());
    }

    private static SameMatter.Facts item(String key, String title, List<String> sameAs) {
        String[] parts = key.split("/");
        return SameMatter.Facts.of(key, LocalDate.parse(parts[1]), parts[0], Set.of("groent-danmark"), title, sameAs);
    }

    @Test
    void similarTitlesOnOneTopicInOtherCouncilsWithinTwoMonthsAreOneMatterOldestFirst() {
        SameMatter.Groups groups = SameMatter.groups(List.of(
                item("midtjylland/2024-09-06/3.4", "Klimaalliancen og status på indsatser", "klimaalliancen"),
                item("hovedstaden/2024-08-20/3.7", "Klimaalliancen - status for indsatserne", "klimaalliancen"),
                item("nordjylland/2024-12-01/2.2", "Klimaalliancen og status på indsatser", "klimaalliancen"),
                item("sjaelland/2024-09-10/4.1", "Budget for klimaalliancen", "klimaalliancen"),
                item("syddanmark/2024-09-12/2.1", "Klimaalliancen og status på indsatser", "mobilitet")));
        assertThat(groups.acrossCouncils().get("midtjylland/2024-09-06/3.4"))
                .as("more than 60 days, another title, another topic: not the same matter")
                .containsExactly("hovedstaden/2024-08-20/3.7", "midtjylland/2024-09-06/3.4");
        assertThat(groups.acrossCouncils()).doesNotContainKeys("nordjylland/2024-12-01/2.2",
                "sjaelland/2024-09-10/4.1", "syddanmark/2024-09-12/2.1");
    }

    @Test
    void sameAsReplacesDetectionAndJoinsWhatItNames() {
        SameMatter.Groups groups = SameMatter.groups(List.of(
                item("hovedstaden/2024-09-06/3.8", "Aftale om Grønt Danmark", List.of("syddanmark/2023-01-10/1.1")),
                item("syddanmark/2023-01-10/1.1", "Et andet navn", List.of()),
                item("midtjylland/2024-09-06/3.3", "Aftale om Grønt Danmark", List.of("nowhere/2020-01-01/1")),
                item("nordjylland/2024-09-20/2.3", "Aftale om Grønt Danmark", List.of())));
        assertThat(groups.acrossCouncils().get("hovedstaden/2024-09-06/3.8"))
                .as("the same title and topic elsewhere: same_as decides alone")
                .containsExactly("syddanmark/2023-01-10/1.1", "hovedstaden/2024-09-06/3.8");
        assertThat(groups.acrossCouncils()).doesNotContainKeys("midtjylland/2024-09-06/3.3", "nordjylland/2024-09-20/2.3");
    }

    @Test
    void aRecurringTitleAtSeveralMeetingsOfOneCouncilIsAChainButNotTwiceAtOneMeeting() {
        SameMatter.Groups groups = SameMatter.groups(List.of(
                item("midtjylland/2024-09-06/1.1", "Godkendelse af dagsorden"),
                item("midtjylland/2024-06-18/1.1", "Godkendelse af dagsorden."),
                item("hovedstaden/2024-09-06/1.1", "Godkendelse af dagsorden"),
                item("nordjylland/2024-09-20/5.1", "Eventuelt"),
                item("nordjylland/2024-09-20/5.2", "Eventuelt")));
        assertThat(groups.overTime().get("midtjylland/2024-09-06/1.1"))
                .as("the same words, in the council's own meetings only")
                .containsExactly("midtjylland/2024-06-18/1.1", "midtjylland/2024-09-06/1.1");
        assertThat(groups.overTime()).doesNotContainKeys("hovedstaden/2024-09-06/1.1", "nordjylland/2024-09-20/5.1");
    }

    @Test
    void theGroupsDoNotDependOnTheOrderOfTheFacts() {
        List<SameMatter.Facts> facts = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            String date = LocalDate.of(2024, month, 5).toString();
            facts.add(item("hovedstaden/" + date + "/2.1", "Klimaalliancen, status", "klimaalliancen"));
            facts.add(item("midtjylland/" + date + "/3.1", "Status for klimaalliancen", "klimaalliancen"));
            facts.add(item("midtjylland/" + date + "/1.1", "Godkendelse af referat"));
        }
        SameMatter.Groups inOrder = SameMatter.groups(facts);
        List<SameMatter.Facts> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new java.util.Random(7));
        SameMatter.Groups reordered = SameMatter.groups(shuffled);
        assertThat(reordered).isEqualTo(inOrder);
        assertThat(inOrder.acrossCouncils().get("hovedstaden/2024-01-05/2.1")).hasSize(24);
        assertThat(inOrder.overTime().get("midtjylland/2024-01-05/1.1")).hasSize(12);
    }

    @Test
    void groupsUpdatedAfterChangesAreTheGroupsDetectedFromScratch() {
        java.util.Random random = new java.util.Random(11);
        List<SameMatter.Facts> items = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            items.add(randomItem(random, "i" + i));
        }
        SameMatter.Detection detection = SameMatter.Detection.of(items);
        for (int save = 0; save < 200; save++) {
            // A save: a meeting's items removed (a new date or a deleted file), changed, or added.
            List<SameMatter.Facts> removed = new ArrayList<>();
            List<SameMatter.Facts> added = new ArrayList<>();
            for (int n = random.nextInt(4); n >= 0; n--) {
                SameMatter.Facts gone = items.remove(random.nextInt(items.size()));
                removed.add(gone);
                if (random.nextBoolean()) {
                    SameMatter.Facts changed = randomItem(random, gone.key().substring(gone.key().lastIndexOf('/') + 1));
                    items.add(changed);
                    added.add(changed);
                }
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                SameMatter.Facts fresh = randomItem(random, "s" + save + "n" + n);
                items.add(fresh);
                added.add(fresh);
            }
            SameMatter.Groups updated = detection.update(removed, added);
            assertThat(updated).as("after save %d", save).isEqualTo(SameMatter.groups(items));
        }
    }

    @Test
    void anUpdateLeavesTheGroupsItStartedFromAsTheyWere() {
        SameMatter.Facts a = item("hovedstaden/2024-08-20/3.7", "Klimaalliancen - status", "klimaalliancen");
        SameMatter.Facts b = item("midtjylland/2024-09-06/3.4", "Status for klimaalliancen", "klimaalliancen");
        SameMatter.Detection detection = SameMatter.Detection.of(List.of(a, b));
        SameMatter.Groups before = detection.groups();
        SameMatter.Groups after = detection.update(List.of(b), List.of());
        assertThat(before.acrossCouncils()).containsKey(a.key());
        assertThat(after.acrossCouncils()).isEmpty();
    }

    /**
     * An item of one of three councils, on one of few dates, topics and titles, so that groups form,
     * merge and split; now and then with a same_as naming a key that may or may not exist.
     */
    private static SameMatter.Facts randomItem(java.util.Random random, String number) {
        String[] councils = {"hovedstaden", "midtjylland", "nordjylland"};
        String[] titles = {"Klimaalliancen, status", "Status for klimaalliancen", "Godkendelse af dagsorden",
                "Mobilitet og status", "Budget for mobilitet", "Eventuelt"};
        String[] topics = {"klimaalliancen", "mobilitet"};
        String key = councils[random.nextInt(3)] + "/" + LocalDate.of(2024, 1, 1).plusDays(random.nextInt(150) * 7)
                + "/" + number;
        String[] parts = key.split("/");
        List<String> sameAs = random.nextInt(12) == 0
                ? List.of(councils[random.nextInt(3)] + "/" + LocalDate.of(2024, 1, 1).plusDays(random.nextInt(150) * 7)
                        + "/i" + random.nextInt(400))
                : List.of();
        return SameMatter.Facts.of(key, LocalDate.parse(parts[1]), parts[0],
                random.nextBoolean() ? Set.of(topics[random.nextInt(2)]) : Set.of(topics), titles[random.nextInt(6)], sameAs);
    }
}

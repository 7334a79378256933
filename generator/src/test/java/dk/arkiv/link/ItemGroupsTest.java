package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Groups looked up by any member's key, and each member's place in its group. */
class ItemGroupsTest {
    @Test
    void everyMemberFindsItsPlaceInAGroupOfThousandsAndAnItemInNoGroupHasNone() {
        List<String> chain = new java.util.ArrayList<>();
        for (int year = 2000; year < 2025; year++) {
            for (int month = 10; month <= 12; month++) {
                chain.add("midtjylland/" + year + "-" + month + "-01/1.1");
            }
        }
        List<String> members = List.copyOf(chain);
        Map<String, List<String>> groups = new HashMap<>();
        members.forEach(key -> groups.put(key, members));
        ItemGroups itemGroups = new ItemGroups(groups, key -> null);
        for (int i = 0; i < members.size(); i++) {
            assertThat(itemGroups.placeOf(members.get(i))).isEqualTo(i);
        }
        assertThat(itemGroups.placeOf("midtjylland/2024-09-06/2.1")).isEqualTo(-1);
        assertThat(itemGroups.keysOf("midtjylland/2024-09-06/2.1")).isEmpty();
    }
}

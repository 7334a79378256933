package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayeredMapTest {

    /** Save after save of random changes, the layered map reads as a plain map changed alike. */
    @Test
    void readsAsAMapWithTheChangesMadeSaveAfterSave() {
        Random random = new Random(20261206);
        Map<String, List<String>> expected = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            expected.put("k" + i, List.of("v" + i));
        }
        Map<String, List<String>> layered = new HashMap<>(expected);
        boolean layeredOnce = false;
        for (int save = 0; save < 200; save++) {
            Map<String, List<String>> earlier = Map.copyOf(layered);
            Map<String, List<String>> changes = new HashMap<>();
            for (int n = random.nextInt(60); n > 0; n--) {
                String key = "k" + random.nextInt(2_500); // some keys new, some absent
                List<String> value = random.nextInt(3) == 0 ? null : List.of("s" + save + "/" + n);
                changes.put(key, value);
                if (value == null) {
                    expected.remove(key);
                } else {
                    expected.put(key, value);
                }
            }
            Map<String, List<String>> before = layered;
            layered = LayeredMap.of(before, changes);
            layeredOnce |= layered instanceof LayeredMap;

            assertThat(layered).isEqualTo(expected);
            assertThat(layered.size()).isEqualTo(expected.size());
            assertThat(layered.entrySet()).hasSize(expected.size());
            for (int k = 0; k < 2_500; k++) {
                String key = "k" + k;
                assertThat(layered.get(key)).as(key).isEqualTo(expected.get(key));
                assertThat(layered.containsKey(key)).as(key).isEqualTo(expected.containsKey(key));
                assertThat(layered.getOrDefault(key, List.of())).isEqualTo(expected.getOrDefault(key, List.of()));
            }
            assertThat(before).as("the earlier map is left as it was").isEqualTo(earlier);
        }
        assertThat(layeredOnce).isTrue();
    }
}

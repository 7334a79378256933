package dk.arkiv.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortedPagesTest {
    private static Page page(String path) {
        return new Page(path, "page.ftlh", path, "", List.of(), Map.of());
    }

    private static List<String> paths(List<Page> pages) {
        return pages.stream().map(Page::path).toList();
    }

    private final List<Page> plan = List.of(page(""), page("hovedstaden/"), page("hovedstaden/2024-06-18/"),
            page("hovedstaden/2024-06-18/1-1/"), page("hovedstaden/2024-06-18/2-1/"), page("hovedstaden/2024-09-06/"),
            page("hovedstaden/2024-09-06/1-1/"), page("personer/"));

    @Test
    void theRangeOfAPrefixHoldsExactlyThePagesUnderIt() {
        int[] range = SortedPages.rangeOf(plan, "hovedstaden/2024-06-18/");
        assertThat(paths(plan.subList(range[0], range[1])))
                .containsExactly("hovedstaden/2024-06-18/", "hovedstaden/2024-06-18/1-1/", "hovedstaden/2024-06-18/2-1/");
        int[] none = SortedPages.rangeOf(plan, "hovedstaden/2024-07-01/");
        assertThat(none[1] - none[0]).isZero();
    }

    @Test
    void mergingKeepsThePathOrderAndEveryPage() {
        List<Page> added = List.of(page("a/"), page("hovedstaden/2024-06-18/3-1/"), page("zz/"));
        List<Page> merged = SortedPages.merge(plan, added);
        assertThat(paths(merged)).hasSize(plan.size() + added.size()).isSorted()
                .contains("a/", "hovedstaden/2024-06-18/3-1/", "zz/");
        assertThat(SortedPages.merge(List.of(), added)).isEqualTo(added);
        assertThat(SortedPages.merge(plan, List.of())).isEqualTo(plan);
    }
}

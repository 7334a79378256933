package dk.arkiv.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of pages sorted by path, as plans hold them. The preview server keeps most of a large plan
 * and replaces a few pages: found by binary search, they cost a few comparisons each, where a pass
 * over every page would read 85,000 paths scattered over the heap.
 */
final class SortedPages {
    private SortedPages() {
    }

    /** The index of the first page from {@code from} on whose path is not before {@code path}. */
    static int lowerBound(List<Page> pages, String path, int from) {
        int low = from;
        int high = pages.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (pages.get(middle).path().compareTo(path) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The index range [from, to) of the pages whose paths start with {@code prefix}. */
    static int[] rangeOf(List<Page> pages, String prefix) {
        int from = lowerBound(pages, prefix, 0);
        int to = from;
        while (to < pages.size() && pages.get(to).path().startsWith(prefix)) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Both lists in one, sorted by path; {@code added} is short, {@code kept} may be long. */
    static List<Page> merge(List<Page> kept, List<Page> added) {
        List<Page> out = new ArrayList<>(kept.size() + added.size());
        int from = 0;
        for (Page page : added) {
            int at = lowerBound(kept, page.path(), from);
            out.addAll(kept.subList(from, at));
            out.add(page);
            from = at;
        }
        out.addAll(kept.subList(from, kept.size()));
        return out;
    }
}

package dk.arkiv.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Groups dated entries by year, newest year and newest entry first. */
final class Timelines {
    private Timelines() {
    }

    static <T> List<YearGroup<T>> byYearNewestFirst(List<T> entries, Function<T, java.time.LocalDate> date) {
        return byYear(entries.stream().sorted(Comparator.comparing(date).reversed()).toList(), date);
    }

    /** Grouped by year, newest year first, each year's entries in the order given. */
    static <T> List<YearGroup<T>> byYear(List<T> entries, Function<T, java.time.LocalDate> date) {
        Map<Integer, List<T>> years = new TreeMap<>(Comparator.reverseOrder());
        entries.forEach(e -> years.computeIfAbsent(date.apply(e).getYear(), y -> new ArrayList<>()).add(e));
        return years.entrySet().stream().map(e -> new YearGroup<>(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}

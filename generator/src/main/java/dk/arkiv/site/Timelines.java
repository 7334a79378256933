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

    /**
     * Grouped by year, newest year first, each year's entries in the order given. A year's list is
     * looked up only where the year changes: lists come in order of council and date, so most
     * entries follow one of their own year (a topic's thousands of items are grouped on every save
     * in the preview).
     */
    static <T> List<YearGroup<T>> byYear(List<T> entries, Function<T, java.time.LocalDate> date) {
        Map<Integer, List<T>> years = new TreeMap<>(Comparator.reverseOrder());
        List<T> ofYear = null;
        int year = 0;
        for (T entry : entries) {
            int entryYear = date.apply(entry).getYear();
            if (ofYear == null || entryYear != year) {
                year = entryYear;
                ofYear = years.computeIfAbsent(year, y -> new ArrayList<>());
            }
            ofYear.add(entry);
        }
        return years.entrySet().stream().map(e -> new YearGroup<>(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}

package dk.arkiv.site;

import java.util.List;

/** Entries of one year, for timelines. */
public record YearGroup<T>(int year, List<T> entries) {
}

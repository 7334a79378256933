package dk.arkiv;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts rendered pages while a build runs, for a progress line on a terminal. Counting is one
 * atomic increment per page; whoever shows progress reads the count on its own schedule.
 */
public final class BuildProgress {
    private final AtomicInteger pages = new AtomicInteger();
    private volatile int total;

    void start(int totalPages) {
        total = totalPages;
    }

    void pageRendered() {
        pages.incrementAndGet();
    }

    public int pages() {
        return pages.get();
    }

    /** The number of pages the build will render; 0 until planning is done. */
    public int total() {
        return total;
    }
}

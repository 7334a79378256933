package dk.arkiv;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts rendered pages while a build runs, for a progress line on a terminal, and times the
 * build's stages for {@code --verbose}. Counting is one atomic increment per page; whoever shows
 * progress reads the count on its own schedule.
 */
public final class BuildProgress {
    private final AtomicInteger pages = new AtomicInteger();
    private volatile int total;
    private final List<StageTime> stages = new ArrayList<>();
    private long stageStart = System.nanoTime();

    void start(int totalPages) {
        total = totalPages;
    }

    void pageRendered() {
        pages.incrementAndGet();
    }

    /** Ends the stage that began when the previous one ended (or when the build began). */
    synchronized void stageDone(String name) {
        long now = System.nanoTime();
        stages.add(new StageTime(name, (now - stageStart) / 1_000_000, false));
        stageStart = now;
    }

    /**
     * Records a stage that ran alongside the one just done, with its own time; the next stage
     * begins now.
     */
    synchronized void stageAlongside(String name, long millis) {
        stages.add(new StageTime(name, millis, true));
        stageStart = System.nanoTime();
    }

    public int pages() {
        return pages.get();
    }

    /** The number of pages the build will render; 0 until planning is done. */
    public int total() {
        return total;
    }

    /** The stages finished so far, in order, with their wall-clock time. */
    public synchronized List<StageTime> stages() {
        return List.copyOf(stages);
    }

    /**
     * A stage of the build and how long it took; {@code alongside} when it ran at the same time
     * as the stage before it, whose time includes the wait for it.
     */
    public record StageTime(String name, long millis, boolean alongside) {
    }
}

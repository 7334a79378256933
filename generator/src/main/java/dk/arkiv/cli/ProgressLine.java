package dk.arkiv.cli;

import dk.arkiv.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** "1234/17921 pages, 2100 pages/s": one line on the terminal, rewritten a few times a second. */
final class ProgressLine implements AutoCloseable {
    private static final long EVERY_MILLIS = 250;

    private final ScheduledExecutorService timer;
    private final PrintWriter err;

    private ProgressLine(ScheduledExecutorService timer, PrintWriter err) {
        this.timer = timer;
        this.err = err;
    }

    static ProgressLine show(BuildProgress progress, PrintWriter err, boolean enabled) {
        if (!enabled) {
            return new ProgressLine(null, err);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "arkiv-progress");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        timer.scheduleAtFixedRate(() -> {
            int pages = progress.pages();
            if (pages > 0) {
                double seconds = (System.nanoTime() - start) / 1e9;
                err.print(String.format(Locale.ROOT, "\r%d/%d pages, %.0f pages/s ", pages, progress.total(),
                        pages / seconds));
                err.flush();
            }
        }, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return new ProgressLine(timer, err);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            err.print("\r\033[K");
            err.flush();
        }
    }
}

package org.w3id.iasante.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Compacts the store live once enough writes have committed since it was opened or last
 * compacted ({@code ias.store.compact-after-writes}): repeated loads grew a store of 21 MB of data
 * to 280 MB, since TDB2 never reuses the space of what a write replaced. Off (0) by default.
 */
public final class CompactionSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CompactionSchedule.class);

    private final EmbeddedStore store;
    private final long afterWrites;
    private final Duration checkEvery;
    private ScheduledExecutorService timer;

    public CompactionSchedule(EmbeddedStore store, StoreProperties properties) {
        this.store = store;
        this.afterWrites = properties.compactAfterWrites();
        this.checkEvery = properties.compactCheckEvery();
    }

    @Override
    public synchronized void start() {
        if (afterWrites == 0 || store.location() == null || timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ias-compaction");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, checkEvery.toMillis());
        timer.scheduleWithFixedDelay(this::compactIfDue, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Compacts when the count is reached; a failure is logged and tried again at the next check. */
    void compactIfDue() {
        long writes = store.writesSinceCompaction();
        if (writes < afterWrites) return;
        try {
            EmbeddedStore.Compaction done = store.compact();
            LOG.info("Compacted the store after {} writes: {} -> {}", writes, done.before(), done.after());
        } catch (RuntimeException e) {
            LOG.error("Compaction after {} writes failed; the store keeps its generation", writes, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer == null) return;
        timer.shutdownNow();
        try {
            // A compaction under way finishes (or its new generation is discarded) before the store closes.
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}

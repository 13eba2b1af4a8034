package org.w3id.iasante.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;

/**
 * TDB2's data version, read in a read transaction only after a write has committed. Every page,
 * RDF document and API answer asks for it (HTTP caching); a transaction per ask was ≈ 15 % of a
 * repeated read's time.
 */
final class CommittedVersion {

    /** The version read, and how many writes had committed before it was read. */
    private record Known(long writes, long version) {}

    private final AtomicLong writes = new AtomicLong();
    private final AtomicReference<Known> known = new AtomicReference<>();
    private final LongSupplier read;

    /**
     * @param coordinator the store's transaction coordinator, told of every commit
     * @param read reads the data version in a read transaction
     */
    CommittedVersion(TransactionCoordinator coordinator, LongSupplier read) {
        this.read = read;
        TransactionListener commits = new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction transaction) {
                // Read transactions "commit" too; only a write changes the data.
                if (transaction.isWriteTxn()) writes.incrementAndGet();
            }
        };
        // A started coordinator takes listeners only this way (briefly exclusive; we are at open).
        coordinator.modifyConfig(() -> coordinator.addListener(commits));
    }

    /** Write transactions committed since this was created. */
    long writes() {
        return writes.get();
    }

    long get() {
        // Counted before reading: a write committing meanwhile makes this reading stale at once.
        long committed = writes.get();
        Known current = known.get();
        if (current != null && current.writes() == committed) return current.version();
        long version = read.getAsLong();
        known.set(new Known(committed, version));
        return version;
    }
}

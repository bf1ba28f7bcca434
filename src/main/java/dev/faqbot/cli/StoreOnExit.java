package dev.faqbot.cli;

import dev.faqbot.storage.Store;
import java.util.Objects;

/**
 * Closes the store when the command ends, and also on SIGTERM or Ctrl-C, so the writes still queued are stored:
 * a shutdown hook for as long as the command runs.
 */
final class StoreOnExit implements AutoCloseable {

    private final Store store;
    private final Thread hook;

    StoreOnExit(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.hook = new Thread(store::close, "faqbot-store-close");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    Store store() {
        return store;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) already
        }
        store.close();
    }
}

package org.bellwether.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Point-in-time searchers over an {@link IndexWriter}: a {@link SearcherManager} refreshed by a background thread
 * every interval, so writes become searchable within it. Thread-safe.
 */
final class Searchers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Searchers.class);

    /** Work done with one searcher. */
    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final SearcherManager manager;
    private final ScheduledExecutorService refresher;

    Searchers(IndexWriter writer, Duration interval, ReferenceManager.RefreshListener listener) throws IOException {
        manager = new SearcherManager(writer, null);
        manager.addListener(listener);
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-index-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code function} with the current searcher. */
    <T> T with(SearcherFunction<T> function) {
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return function.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                LOG.warn("cannot release searcher: {}", e.toString());
            }
        }
    }

    /** Makes every write so far searchable before returning. */
    void refresh() {
        try {
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshQuietly() {
        try {
            manager.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index refresh failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        // shutdown, never shutdownNow: interrupting a refresh in the middle of a flush closes the index's file
        // channels, the write lock's among them, and the writer's next commit fails with "FileLock invalidated by an
        // external force". Periodic refreshes stop at shutdown; one already running is let finish.
        refresher.shutdown();
        try {
            refresher.awaitTermination(30, TimeUnit.SECONDS);
            manager.close();
        } catch (IOException e) {
            LOG.warn("closing searchers: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

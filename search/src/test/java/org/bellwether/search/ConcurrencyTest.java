package org.bellwether.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Searches from several threads while one thread writes, commits and expires text: no error, exact counts. */
class ConcurrencyTest {

    @Test
    void searchesRunWhileTheIndexIsWritten() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (LuceneSearchIndex index = TestCorpus.load(LuceneSearchIndex.open(SearchSettings.inMemory()))) {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    int searches = 0;
                    while (writing.get() || searches < 20) {
                        assertThat(index.searchPosts(PostQuery.of("shelter OR migrants")).total()).isPositive();
                        assertThat(index.searchNarratives(NarrativeQuery.all()).hits()).isNotEmpty();
                        assertThat(index.stats().posts()).isGreaterThanOrEqualTo(11);
                        searches++;
                    }
                    return searches;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    index.upsertPost(TestCorpus.post("load:" + i, i % 2 == 0 ? "en" : "fr", "2026-03-14T12:00:00Z",
                            "n1", "Gare", "bluesky", "the shelter near the gare, post " + i, List.of(), List.of()));
                    if (i % 500 == 0) {
                        index.commit(java.util.Map.of("t-0", (long) i));
                    }
                    if (i == 1_000) {
                        index.expireTextBefore(java.time.Instant.parse("2026-03-14T10:00:00Z"));
                    }
                }
                writing.set(false);
            });
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(20);
            }
            index.refresh();
            assertThat(index.stats().posts()).isEqualTo(11 + 2_000);
            assertThat(index.searchPosts(PostQuery.of("gare")).total()).isEqualTo(2_000 + 2);
        } finally {
            pool.shutdownNow();
        }
    }
}

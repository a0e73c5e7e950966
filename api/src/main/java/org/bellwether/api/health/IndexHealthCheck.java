package org.bellwether.api.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.function.Supplier;
import org.bellwether.search.IndexStats;
import org.bellwether.search.SearchService;

/** The search replica is open, its indexer is running, and it says how much it holds. */
public final class IndexHealthCheck extends HealthCheck {
    private final SearchService search;
    private final Supplier<String> problem;

    public IndexHealthCheck(SearchService search, Supplier<String> problem) {
        this.search = search;
        this.problem = problem;
    }

    @Override
    protected Result check() {
        String reason = problem.get();
        if (reason != null) {
            return Result.unhealthy(reason);
        }
        IndexStats stats = search.stats();
        return Result.healthy("%d posts, %d narratives", stats.posts(), stats.narratives());
    }
}

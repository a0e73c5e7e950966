package org.bellwether.tools.drill;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.bellwether.model.Json;

/**
 * What a fault drill found, counted from what reached Kafka ({@code read_committed}) and the index.
 *
 * @param posts          posts the collector replayed
 * @param scored         distinct posts on {@code posts.scored}
 * @param indexed        posts in the search index
 * @param duplicates     records written more than once: posts scored twice plus alerts raised twice
 * @param lost           posts replayed but missing from {@code posts.scored} or from the index
 * @param alerts         distinct alerts on {@code alerts}
 * @param faults         the faults injected, in order, each with when it happened
 * @param postsPerSecond posts divided by the seconds from the first post replayed to the last one indexed
 */
public record DrillResult(long posts, long scored, long indexed, long duplicates, long lost, long alerts,
                          List<String> faults, double postsPerSecond) {

    public DrillResult {
        faults = List.copyOf(faults);
    }

    /** Nothing lost, nothing duplicated. */
    public boolean clean() {
        return lost == 0 && duplicates == 0;
    }

    /** The drill's last line: {@code {"posts",…,"faults":[…],"posts_per_s"}}. */
    public String json() {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("posts", posts);
        line.put("scored", scored);
        line.put("indexed", indexed);
        line.put("duplicates", duplicates);
        line.put("lost", lost);
        line.put("alerts", alerts);
        faults.forEach(line.putArray("faults")::add);
        line.put("posts_per_s", Double.parseDouble(String.format(Locale.ROOT, "%.1f", postsPerSecond)));
        return line.toString();
    }
}

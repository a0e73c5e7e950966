package org.bellwether.tools.drill;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bellwether.collectors.demo.DemoFiles;
import org.bellwether.collectors.demo.DemoPost;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.collectors.demo.Scenario;

/**
 * The drill's synthetic posts: the demo city's scenario (chatter and harmful storylines in four languages) scaled
 * so that its first {@code count} posts, in time order, span most of its three days, written as the JSONL file the
 * replay collector reads. The same seed gives the same file.
 */
final class DrillPosts {
    /** Posts of {@link DemoSettings#defaults}, roughly: the scale factor's unit. */
    private static final double DEFAULT_SCENARIO_POSTS = 5_200;

    private DrillPosts() {
    }

    /**
     * @param posts posts written, all with distinct ids
     * @param last  the creation time of the last one
     */
    record Written(int posts, Instant last) {
    }

    /** Writes {@code count} posts to {@code file}. */
    static Written write(Path file, int count, long seed) throws IOException {
        DemoSettings defaults = DemoSettings.defaults(seed);
        for (double scale = count / DEFAULT_SCENARIO_POSTS * 1.1; ; scale *= 1.25) {
            DemoSettings settings = new DemoSettings(seed, defaults.start(), defaults.hours(),
                    (int) Math.ceil(defaults.chatterPerDay() * scale), defaults.narrativeScale() * scale);
            Scenario scenario = DemoScenario.generate(settings);
            if (scenario.posts().size() >= count) {
                List<DemoPost> first = scenario.posts().subList(0, count);
                int written = DemoFiles.writeJsonl(new Scenario(settings, first, List.of()), file, 0).posts();
                return new Written(written, first.get(first.size() - 1).post().createdAt());
            }
        }
    }
}

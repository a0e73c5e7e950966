package org.bellwether.processor;

import java.time.Clock;
import java.util.Objects;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.harm.HarmScorer;
import org.bellwether.processor.nlp.DefaultEntityExtractor;
import org.bellwether.processor.nlp.EntityExtractor;

/**
 * What {@link BellwetherTopology#buildTopology} needs: the settings and the collaborators built from them. The one
 * place the processor's collaborators are built is {@link #build}, which {@code process}, {@code dev}, the
 * benchmarks and {@code eval} all use; tests construct it with fakes.
 *
 * @param settings        the values
 * @param harmScorer      harm scorer (thread-safe)
 * @param entityExtractor entity extractor (thread-safe)
 * @param clock           wall clock, used only to stamp dead letters
 * @param counters        outcome counters shared by the stream threads
 */
public record Pipeline(ProcessorSettings settings, HarmScorer harmScorer, EntityExtractor entityExtractor,
                       Clock clock, PipelineCounters counters) {

    public Pipeline {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(harmScorer, "harmScorer");
        Objects.requireNonNull(entityExtractor, "entityExtractor");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(counters, "counters");
    }

    /**
     * The shipped harm scorer (loaded from the classpath, about a second), the entity extractor the settings ask
     * for, the system clock and fresh counters.
     */
    public static Pipeline build(ProcessorSettings settings) {
        return new Pipeline(settings, DefaultHarmScorer.load(), new DefaultEntityExtractor(settings.nlp()),
                Clock.systemUTC(), new PipelineCounters());
    }
}

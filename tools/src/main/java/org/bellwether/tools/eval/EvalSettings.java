package org.bellwether.tools.eval;

import java.nio.charset.StandardCharsets;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StoreKind;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.nlp.DefaultEntityExtractor;
import org.bellwether.processor.nlp.NlpSettings;

/**
 * The processor settings evaluations run with: the shipped defaults, the shipped harm scorer, the entity extractor
 * without CoreNLP (its models are slow to load and do not take part in clustering), in-memory stores (the same
 * topology and changelogged stores, without RocksDB's disk traffic).
 */
final class EvalSettings {
    private static final byte[] KEY = "bellwether-evaluation-key".getBytes(StandardCharsets.UTF_8);

    private EvalSettings() {
    }

    static ProcessorSettings standard() {
        return ProcessorSettings.defaults(KEY, DefaultHarmScorer.load(),
                new DefaultEntityExtractor(NlpSettings.cheapOnly())).withStores(StoreKind.IN_MEMORY);
    }
}

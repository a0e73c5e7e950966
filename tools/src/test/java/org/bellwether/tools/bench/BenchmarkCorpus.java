package org.bellwether.tools.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.model.RawPost;
import org.bellwether.tools.eval.EvalDocument;
import org.bellwether.tools.eval.EvalFiles;
import org.bellwether.processor.support.SyntheticStream;

/**
 * Texts for the benchmarks: the CrisisLexT26 dev tweets and News-T titles when the shared data is there
 * ({@code -Dbellwether.sharedData}, default {@code ../shared/data}), else the synthetic test stream.
 */
final class BenchmarkCorpus {
    private BenchmarkCorpus() {
    }

    static List<String> texts() {
        Path data = Path.of(System.getProperty("bellwether.sharedData", "../shared/data"), "clustering");
        List<String> texts = new ArrayList<>();
        if (Files.exists(data.resolve("crisislext26-dev.jsonl")) && Files.exists(data.resolve("News-T.jsonl"))) {
            EvalFiles.read(data.resolve("crisislext26-dev.jsonl"), "text", "event", null, null).stream()
                    .map(EvalDocument::text).forEach(texts::add);
            EvalFiles.read(data.resolve("News-T.jsonl"), "textCleaned", "clusterNo", null, null).stream()
                    .map(EvalDocument::text).forEach(texts::add);
        } else {
            SyntheticStream.posts(20_000, java.time.Instant.EPOCH, 1).stream().map(RawPost::text).forEach(texts::add);
        }
        return texts;
    }
}

package org.bellwether.tools.eval;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of an eval command that replays a labelled, timed file: which file and which fields hold what. */
final class TimedLabelledFile {
    @Option(names = "--input", required = true, paramLabel = "F.jsonl", description = "the labelled file")
    Path input;
    @Option(names = "--text-field", required = true, paramLabel = "T", description = "field holding the text")
    String textField;
    @Option(names = "--label-field", required = true, paramLabel = "L", description = "field holding the event")
    String labelField;
    @Option(names = "--time-field", required = true, paramLabel = "S", description = "field holding the time")
    String timeField;
    @Option(names = "--id-field", paramLabel = "I", description = "field holding the document id")
    String idField;
}

package org.bellwether.collectors.replay;

import java.io.Closeable;
import java.io.IOException;
import org.bellwether.ingest.InputRecord;

/** Reads records from a file, one at a time. Not thread-safe. */
public interface RecordReader extends Closeable {
    /** The next record, or null at the end of the file. Blank lines are skipped. */
    InputRecord next() throws IOException;
}

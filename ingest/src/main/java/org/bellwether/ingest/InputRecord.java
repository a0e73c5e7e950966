package org.bellwether.ingest;

/**
 * One record read from a replay file, parsed or not.
 *
 * @param number    1-based line number (JSONL) or record number (CSV)
 * @param endOffset byte offset just after the record (JSONL), or -1 when unknown (CSV)
 * @param raw       the record as it was in the file
 * @param fields    its fields, or null when it could not be parsed
 * @param error     why it could not be parsed, or null
 */
public record InputRecord(long number, long endOffset, byte[] raw, Fields fields, String error) {

    /** Looks a field up by name or path; null when absent or JSON null. */
    public interface Fields {
        String get(String name);
    }

    public boolean parsed() {
        return error == null;
    }
}

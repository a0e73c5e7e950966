package org.bellwether.model;

/** The schema version written into every message; readers reject versions newer than they know. */
public final class SchemaVersion {
    /** Version written by this build. */
    public static final int CURRENT = 1;

    private SchemaVersion() {
    }

    /** A missing version (0, as JSON without the field reads) means the first version. */
    static int orCurrent(int version) {
        return version == 0 ? CURRENT : version;
    }

    /** True when this build can read a message of the given version. */
    public static boolean isSupported(int version) {
        return version >= 1 && version <= CURRENT;
    }
}

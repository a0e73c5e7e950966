package org.bellwether.api.messengers.db;

import java.time.LocalTime;
import java.util.UUID;

/** The reach columns of a {@code messengers} row. */
public record ReachRow(UUID id, String reachChannel, String reachSealed, LocalTime quietStart, LocalTime quietEnd,
                       String quietZone) {
}

package org.bellwether.api.intake.tips;

import org.bellwether.model.Tip;

/** Writes an accepted tip to {@code tips.raw}; returns once it is durable. Implementations are thread-safe. */
@FunctionalInterface
public interface TipPublisher {
    void publish(Tip tip) throws Exception;
}

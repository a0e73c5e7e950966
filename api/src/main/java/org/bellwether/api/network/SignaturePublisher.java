package org.bellwether.api.network;

import org.bellwether.model.NarrativeSignature;

/** Where this city's signed signatures go: the network topic. */
public interface SignaturePublisher {
    /** A city not connected to a network (off, or without Kafka) shares nothing. */
    SignaturePublisher NOT_CONNECTED = signature -> {
        throw org.bellwether.api.common.ApiException.conflict("this city is not connected to a network: set "
                + "network.enabled, network.city and the city's key, with Kafka");
    };

    /** Publishes and waits for the broker; throws when the signature could not be written. */
    void publish(NarrativeSignature signature);
}

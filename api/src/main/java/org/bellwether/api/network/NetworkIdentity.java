package org.bellwether.api.network;

/**
 * How other cities trust this one: its network name, its public key (base64 X.509 Ed25519) and the network topic.
 *
 * @param city               this city's network name
 * @param publicKey          the key other cities put in their trust lists
 * @param topic              the network topic this city reads and writes
 * @param minDistinctAuthors the sharing threshold in force
 * @param autoShareCritical  whether critical narratives are shared as soon as they are flagged
 */
public record NetworkIdentity(String city, String publicKey, String topic, int minDistinctAuthors,
                              boolean autoShareCritical) {
}

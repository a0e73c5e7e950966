package org.bellwether.api.network;

/**
 * How other cities trust this one: its network name, its public key (base64 X.509 Ed25519) and the network topic
 * its signatures are written to.
 *
 * @param city               this city's network name
 * @param publicKey          the key other cities put in their trust lists
 * @param topic              this city's topic on the network cluster, the one only it writes (null while the
 *                           city takes no part in a network)
 * @param minDistinctAuthors the sharing threshold in force
 * @param autoShareCritical  whether critical narratives are shared as soon as they are flagged
 */
public record NetworkIdentity(String city, String publicKey, String topic, int minDistinctAuthors,
                              boolean autoShareCritical) {
}

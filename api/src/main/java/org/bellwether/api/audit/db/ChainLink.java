package org.bellwether.api.audit.db;

/**
 * One row of the audit chain: its stored hashes and the canonical form of its fields as they are now.
 *
 * @param prevHash  the hash the row recorded for the row before it ({@code ""} for the first)
 * @param hash      the hash the row recorded for itself
 * @param canonical the row's fields in canonical form, as stored now
 */
public record ChainLink(long id, String prevHash, String hash, String canonical) {
}

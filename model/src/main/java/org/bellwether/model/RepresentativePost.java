package org.bellwether.model;

import java.time.Instant;

/** A post chosen to show what a narrative says; the author is only ever a pseudonym. */
public record RepresentativePost(String postId, String text, String lang, String authorPseudonym,
                                 String url, Instant createdAt) {
}

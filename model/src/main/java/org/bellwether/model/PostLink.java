package org.bellwether.model;

/**
 * How a post's original URL is sealed with {@link ContactCipher} when it carries the author's handle (a Mastodon
 * {@code /@handle/…} or Bluesky {@code profile/handle/post/…} link): the processor seals it, and only an officer's
 * audited action in the api opens it.
 */
public final class PostLink {
    /** The purpose bound into every sealed post URL; the api opens it with the same purpose. */
    public static final String PURPOSE = "post-url";

    private PostLink() {
    }
}

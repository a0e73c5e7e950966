package org.bellwether.api.assignments;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What the tip lines ask before treating a message as a tip: is it a known messenger answering an offer
 * ({@code ACCEPT K7M2QX})? When it is, the answer to send back; when not, empty, and the message goes on as usual.
 */
public interface MessengerReplies {
    /** Nobody is recognised: every message is a tip. */
    MessengerReplies NONE = new MessengerReplies() {
        @Override
        public Optional<String> answer(Handle handle, String channel, String address, String text) {
            return Optional.empty();
        }

        @Override
        public Optional<String> answer(String channel, String address, String text) {
            return Optional.empty();
        }
    };

    /** Inside the caller's transaction (a chat line's, so the reply and its dedup commit together). */
    Optional<String> answer(Handle handle, String channel, String address, String text);

    /** In a transaction of its own. */
    Optional<String> answer(String channel, String address, String text);
}

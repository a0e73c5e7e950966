package org.bellwether.processor.validate;

import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.model.Tip;

/**
 * The outcome of validation: exactly one of a post, a consented tip or a dead letter.
 *
 * @param post       a valid post, or null
 * @param tip        a valid tip given with consent, or null
 * @param deadLetter the rejection with the original bytes and the reason, or null
 */
public record Checked(RawPost post, Tip tip, DeadLetter deadLetter) {

    public static Checked of(RawPost post) {
        return new Checked(post, null, null);
    }

    public static Checked of(Tip tip) {
        return new Checked(null, tip, null);
    }

    public static Checked rejected(DeadLetter deadLetter) {
        return new Checked(null, null, deadLetter);
    }

    public boolean isRejected() {
        return deadLetter != null;
    }
}

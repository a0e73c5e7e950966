package org.bellwether.model;

/** How tipster contact details are sealed with {@link org.bellwether.model.ContactCipher}. */
public final class TipContact {
    /** The purpose bound into every sealed tipster contact; the api opens it with the same purpose. */
    public static final String PURPOSE = "tip-contact";

    private TipContact() {
    }
}

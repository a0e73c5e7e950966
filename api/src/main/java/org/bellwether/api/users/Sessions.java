package org.bellwether.api.users;

/**
 * The signed-in sessions of users, as account changes need them: a role change, a deactivation or a new password
 * ends every session of that user at once. Implemented by the token store of {@code auth}, which depends on users,
 * not the other way round.
 */
public interface Sessions {
    /** Revokes every token of a user. */
    void revokeAll(long userId);
}

package org.bellwether.api.users;

/**
 * The signed-in user's own profile: who they are and their settings. {@code timeZone} is the zone dates are shown in
 * (theirs, or the city's when they chose none); {@code cityTimeZone} the city's configured zone.
 */
public record OwnProfile(long id, String username, String displayName, String role, String language,
                         String timeZone, boolean timeZoneChosen, String cityTimeZone) {

    static OwnProfile of(User user, String cityTimeZone) {
        return new OwnProfile(user.id(), user.username(), user.displayName(), user.role(), user.language(),
                user.timeZone() == null ? cityTimeZone : user.timeZone(), user.timeZone() != null, cityTimeZone);
    }
}

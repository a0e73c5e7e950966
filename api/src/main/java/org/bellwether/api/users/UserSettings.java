package org.bellwether.api.users;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user's own settings, as they change them: the dashboard's language and the time zone its dates are shown in.
 * Null (or absent) means "not chosen": the browser's language and the city's zone apply.
 */
public record UserSettings(
        @Pattern(regexp = "en|es|fr|ar", message = "en, es, fr or ar") String language,
        @Size(max = 64) String timeZone) {
}

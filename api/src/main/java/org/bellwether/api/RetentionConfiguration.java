package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;
import org.bellwether.api.admin.RetentionSettings;

/** {@code retention:} how long raw post text is kept and how often the retention job runs. */
public class RetentionConfiguration {
    @JsonProperty
    private boolean enabled = true;

    @NotNull
    @JsonProperty
    private Duration rawText = Duration.days(30);

    @NotNull
    @JsonProperty
    private Duration interval = Duration.hours(1);

    public RetentionSettings build() {
        return new RetentionSettings(enabled, rawText.toJavaDuration(), interval.toJavaDuration());
    }
}

package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code index:} where this api node keeps its Lucene replica and how often searchers refresh. */
public class IndexConfiguration {
    @NotBlank
    @JsonProperty
    private String directory = "data/index";

    @NotNull
    @JsonProperty
    private Duration refresh = Duration.seconds(1);

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public Duration getRefresh() {
        return refresh;
    }
}

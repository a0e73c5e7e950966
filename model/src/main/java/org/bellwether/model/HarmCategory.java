package org.bellwether.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The harm categories a post is scored on. {@link #OFFENSIVE} is a signal, not harm by itself. */
public enum HarmCategory {
    /** Hate by ethnicity, race or national origin. */
    @JsonProperty("hate_origin") HATE_ORIGIN,
    /** Hate by religion, including anti-Semitic and anti-Muslim hate. */
    @JsonProperty("hate_religion") HATE_RELIGION,
    /** Hate against migrants and refugees. */
    @JsonProperty("hate_migrants") HATE_MIGRANTS,
    /** Hate against women, or by gender. */
    @JsonProperty("hate_gender") HATE_GENDER,
    /** Hate by sexual orientation or gender identity. */
    @JsonProperty("hate_sexuality") HATE_SEXUALITY,
    /** Threats and violent extremism. */
    @JsonProperty("threat") THREAT,
    /** Hostility against government and public institutions or officials. */
    @JsonProperty("anti_institution") ANTI_INSTITUTION,
    /** Dis- and misinformation signals. */
    @JsonProperty("misinformation") MISINFORMATION,
    /** Offensive or profane language: its own signal, never harm by itself. */
    @JsonProperty("offensive") OFFENSIVE,
    /** Hate against disabled people. */
    @JsonProperty("hate_disability") HATE_DISABILITY,
    /**
     * Counter-speech: the post quotes, reports or denies hate in order to reject it. A signal of where a community
     * pushes back, never harm (and a post that counters hate gets no hate score for what it quotes).
     */
    @JsonProperty("counter_speech") COUNTER_SPEECH;

    /** True for every category that counts as harm. */
    public boolean isHarm() {
        return this != OFFENSIVE && this != COUNTER_SPEECH;
    }

    /** The JSON and query name, e.g. {@code hate_origin}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

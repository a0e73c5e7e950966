package org.bellwether.api.messengers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * What a messenger can speak to, and where: stored as JSON in {@code messengers.profile}.
 *
 * @param languages      languages with proficiency
 * @param neighbourhoods neighbourhoods they are known in
 * @param communities    communities they serve: faith groups, youth, migrant communities, women's groups, …
 * @param topics         topics of expertise, e.g. harm category wire names or {@code health}, {@code transport}
 * @param channels       where they speak: {@code social}, {@code radio}, {@code in_person}, {@code messaging}, …
 */
public record MessengerProfile(@Valid @Size(max = 20) List<LanguageSkill> languages,
                               @Size(max = 50) List<@Size(max = 100) String> neighbourhoods,
                               @Size(max = 50) List<@Size(max = 100) String> communities,
                               @Size(max = 50) List<@Size(max = 100) String> topics,
                               @Size(max = 20) List<@Size(max = 100) String> channels) {

    public MessengerProfile {
        languages = languages == null ? List.of() : List.copyOf(languages);
        neighbourhoods = normalise(neighbourhoods);
        communities = normalise(communities);
        topics = normalise(topics);
        channels = normalise(channels);
    }

    /** A language and how well: {@code native}, {@code fluent}, {@code working} or {@code basic}. */
    public record LanguageSkill(@NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "ISO 639 code, e.g. es")
                                String lang,
                                @NotBlank @Pattern(regexp = "native|fluent|working|basic",
                                        message = "native, fluent, working or basic")
                                String proficiency) {

        /** Proficiency as a weight in [0, 1]. */
        public double weight() {
            return switch (proficiency == null ? "" : proficiency) {
                case "native" -> 1.0;
                case "fluent" -> 0.9;
                case "working" -> 0.6;
                case "basic" -> 0.3;
                default -> 0.0;
            };
        }
    }

    public double proficiency(String lang) {
        return languages.stream().filter(l -> l.lang().equalsIgnoreCase(lang)).mapToDouble(LanguageSkill::weight)
                .max().orElse(0.0);
    }

    private static List<String> normalise(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::trim).distinct().toList();
    }

    public static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}

package org.bellwether.api.notify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The approved WhatsApp message templates offers and reminders go out as, per messenger language. WhatsApp lets a
 * business start a conversation outside the 24-hour customer-service window only with such a template (a free-form
 * message is refused with error 131047), so when one is configured for the messenger's language it is always used;
 * without one the offer goes as plain text, which reaches only a messenger who wrote to the number in the last 24
 * hours. Immutable.
 *
 * @param languages the templates of each language ({@code en}, {@code es}, {@code fr}, {@code ar})
 */
public record WhatsAppTemplates(Map<String, Language> languages) {
    /** What a template's body parameters can be, in the order the template's {@code {{1}}}, {@code {{2}}}… expect. */
    public static final Set<String> VALUES = Set.of("name", "label", "code", "link", "deadline");
    /** The parameter order when the configuration names none. */
    public static final List<String> DEFAULT_PARAMETERS = List.of("label", "code", "link", "deadline");
    public static final WhatsAppTemplates NONE = new WhatsAppTemplates(Map.of());

    /**
     * One language's templates.
     *
     * @param offer      the offer template's name, or null to send offers as text
     * @param reminder   the reminder template's name, or null to send reminders as text
     * @param code       the template's language code as approved, e.g. {@code en_US}
     * @param parameters the body parameters in order, each one of {@link #VALUES}
     */
    public record Language(String offer, String reminder, String code, List<String> parameters) {
        public Language {
            parameters = List.copyOf(parameters == null || parameters.isEmpty() ? DEFAULT_PARAMETERS : parameters);
            for (String parameter : parameters) {
                if (!VALUES.contains(parameter)) {
                    throw new IllegalArgumentException("unknown WhatsApp template parameter '" + parameter
                            + "'; use " + VALUES);
                }
            }
        }
    }

    /**
     * A template to send: its name, language code and body parameters' values.
     *
     * @param name       the approved template's name
     * @param language   its language code
     * @param parameters the body parameters' values, in order
     */
    public record Use(String name, String language, List<String> parameters) {
    }

    public WhatsAppTemplates {
        languages = Map.copyOf(languages);
    }

    /**
     * The template for an offer ({@code reminder} false) or reminder in a messenger's language, filled with the
     * offer's values; empty when none is configured.
     */
    public Optional<Use> use(String language, boolean reminder, Map<String, String> values) {
        Language templates = languages.get(language == null ? "en" : language.toLowerCase(Locale.ROOT));
        if (templates == null) {
            return Optional.empty();
        }
        String name = reminder ? templates.reminder() : templates.offer();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Use(name, templates.code() == null || templates.code().isBlank() ? language
                : templates.code(), templates.parameters().stream().map(p -> values.getOrDefault(p, "")).toList()));
    }
}

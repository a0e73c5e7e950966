package org.bellwether.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error body in the RFC 9457 shape ({@code application/problem+json}), with field messages for validation.
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title    short summary of the kind
 * @param status   the HTTP status
 * @param detail   this occurrence, readable
 * @param instance the request path
 * @param errors   field errors, or empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldMessage> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A field (or query/path parameter) and what is wrong with it. */
    public record FieldMessage(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }
}

package org.bellwether.api.common;

import java.util.List;

/**
 * A client-visible failure with an HTTP status, turned into an RFC 9457 problem by the resources layer.
 * Domain code throws the subclasses' factories: {@link #notFound}, {@link #conflict}, {@link #invalid}.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient List<FieldError> fieldErrors;

    public ApiException(int status, String title, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /** One field's complaint. */
    public record FieldError(String field, String message) {
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "Not Found", what + " '" + id + "' does not exist", List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, List.of());
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "Bad Request", field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, List.of());
    }

    public static ApiException preconditionRequired(String detail) {
        return new ApiException(428, "Precondition Required", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}

package org.bellwether.api.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A body that is not JSON or does not fit the expected shape: 400 naming the field, never 500. Messages are our own
 * words: Jackson's name Java types and the client has no use for them.
 */
@Provider
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException) {
            // our own type cannot be (de)serialised: a bug, not the client's mistake
            return ServerErrors.internalError("JSON mapping of a server type failed", e);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = fieldMessage(mapping);
            return ProblemResponses.of(400, "Bad Request", field + ": " + message,
                    List.of(new Problem.FieldMessage(field, message)));
        }
        return ProblemResponses.of(400, "Bad Request", "malformed JSON: " + syntaxMessage(e), List.of());
    }

    private static String fieldMessage(JsonMappingException e) {
        if (e instanceof InvalidFormatException) {
            return "not a valid value";
        }
        if (e instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException invalid
                && invalid.getMessage() != null) {
            return invalid.getMessage();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType() == null ? "has the wrong shape" : "expected " + kind(mismatch);
        }
        return "not a valid value";
    }

    /** What the field holds, in JSON terms. */
    private static String kind(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date or time";
        }
        return "an object";
    }

    private static String syntaxMessage(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "too large or too deeply nested";
        }
        String message = e.getOriginalMessage();
        if (e instanceof JsonParseException && message != null && message.startsWith("Duplicate field")) {
            return message.replace("Duplicate field", "duplicate key");
        }
        if (!(e instanceof JsonParseException) || message == null) {
            return "not a JSON document of the expected shape";
        }
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return message;
    }
}

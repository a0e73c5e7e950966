package org.bellwether.api.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A body that is not JSON or does not fit the expected shape: 400 naming the field, never 500. */
@Provider
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonProcessingExceptionMapper.class);

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidDefinitionException) {
            // our own type cannot be (de)serialised: a bug, not the client's mistake
            LOG.error("JSON mapping of a server type failed", e);
            return ProblemResponses.of(500, "internal error");
        }
        String message = e.getOriginalMessage();
        if (message != null && message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ProblemResponses.of(400, "Bad Request", field + ": " + message,
                    List.of(new Problem.FieldMessage(field, message)));
        }
        return ProblemResponses.of(400, "Bad Request", "malformed JSON: " + message, List.of());
    }
}

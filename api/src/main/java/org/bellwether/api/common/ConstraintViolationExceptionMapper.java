package org.bellwether.api.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean-validation failures of a body or parameter: 400 with one message per field. */
@Provider
public final class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldMessage> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldMessage(field(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldMessage::field));
        String detail = errors.isEmpty() ? "invalid request"
                : errors.get(0).field() + " " + errors.get(0).message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
        return ProblemResponses.of(400, "Validation failed", detail, errors);
    }

    /** {@code method.parameter.field.sub} → {@code field.sub}; a bare parameter keeps its own name. */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            names.add(node.getName() == null ? "" : node.getName());
        }
        if (names.size() >= 3) {
            return String.join(".", names.subList(2, names.size()));
        }
        return names.isEmpty() ? "body" : names.get(names.size() - 1);
    }
}

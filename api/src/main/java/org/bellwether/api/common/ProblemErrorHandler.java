package org.bellwether.api.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bellwether.model.Json;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before or outside Jersey (a malformed URI, a URI or headers too long, a servlet's
 * {@code sendError}), as {@code application/problem+json} like every other error instead of Jetty's HTML page.
 * Jetty's reason is kept as the detail; a cause's message never is. Stateless, thread-safe.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (Request.asInContext(request, ServletContextRequest.class) != null) {
            return super.handle(request, response, callback);
        }
        // Jetty's own path: a message it could not parse, answered before any context saw it
        int code = response.getStatus();
        String message = request.getAttribute(ERROR_MESSAGE) instanceof String text ? text : null;
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException failure) {
            code = failure.getCode();
            response.setStatus(code);
            message = failure.getReason();
        }
        generateResponse(request, response, code, message, null, callback);
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        byte[] body = body(code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        if (Request.asInContext(request, ServletContextRequest.class) == null) {
            // Jetty's own path (a bad message before any context): the write completes the callback
            response.write(true, ByteBuffer.wrap(body), callback);
            return;
        }
        // inside the servlet context the caller completes the callback once this returns: write before returning
        try (Blocker.Callback written = Blocker.callback()) {
            response.write(true, ByteBuffer.wrap(body), written);
            written.block();
        }
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int status, String message) {
        String title = HttpStatus.getMessage(status);
        String detail = message == null || message.isBlank() ? title : message;
        if (detail.length() > 200) {
            detail = detail.substring(0, 200) + "…";
        }
        return Json.writeString(new Problem("about:blank", title, status, detail, null, List.of()))
                .getBytes(StandardCharsets.UTF_8);
    }
}

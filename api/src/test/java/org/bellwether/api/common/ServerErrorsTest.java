package org.bellwether.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every 500 names a reference that the log line carries too, whichever mapper answers it. */
class ServerErrorsTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(ServerErrors.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void anUnhandledErrorCarriesItsLoggedReference() {
        assertReferenceLogged(new UnhandledExceptionMapper().toResponse(new IllegalStateException("boom")));
    }

    @Test
    void aServerTypeThatCannotBeMappedCarriesItsLoggedReference() {
        assertReferenceLogged(new JsonProcessingExceptionMapper().toResponse(
                InvalidDefinitionException.from((com.fasterxml.jackson.core.JsonParser) null, "no creator",
                        (com.fasterxml.jackson.databind.JavaType) null)));
    }

    private void assertReferenceLogged(Response response) {
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        String detail = ((Problem) response.getEntity()).detail();
        Matcher reference = Pattern.compile("reference ([0-9a-f-]{36})").matcher(detail);
        assertThat(reference.find()).as(detail).isTrue();
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).contains(reference.group(1));
            assertThat(event.getThrowableProxy()).isNotNull();
        });
    }
}

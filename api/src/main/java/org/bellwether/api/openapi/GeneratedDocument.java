package org.bellwether.api.openapi;

import java.util.Collection;
import java.util.function.Supplier;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * The application's OpenAPI document as JSON, generated once when Jersey has finished initialising (every
 * resource is registered by then) and kept. Thread-safe.
 */
public final class GeneratedDocument implements ApplicationEventListener {
    private final Supplier<Collection<Class<?>>> resourceClasses;
    private volatile String json;

    /** @param resourceClasses the registered resource classes, read when the document is generated */
    public GeneratedDocument(Supplier<Collection<Class<?>>> resourceClasses) {
        this.resourceClasses = resourceClasses;
    }

    @Override
    public void onEvent(ApplicationEvent event) {
        if (event.getType() == ApplicationEvent.Type.INITIALIZATION_FINISHED) {
            json();
        }
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        return null;
    }

    /** The document (generated now if Jersey has not started yet). */
    public String json() {
        String built = json;
        if (built == null) {
            synchronized (this) {
                built = json;
                if (built == null) {
                    built = OpenApiGenerator.json(OpenApiGenerator.generate(resourceClasses.get()));
                    json = built;
                }
            }
        }
        return built;
    }
}

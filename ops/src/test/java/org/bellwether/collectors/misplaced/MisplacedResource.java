package org.bellwether.collectors.misplaced;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A JAX-RS resource in the collectors' packages: what {@code ArchitectureTest} must refuse. Test fixture only. */
@Path("/misplaced")
public final class MisplacedResource {
    @GET
    public String get() {
        return "misplaced";
    }
}

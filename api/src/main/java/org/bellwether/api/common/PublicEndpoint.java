package org.bellwether.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Role rule: anyone may call this endpoint without signing in, because it is for the public (the tip form) or
 * checks its caller itself (a Twilio or partner signature). The api's deny-by-default rule accepts it like its own
 * public rule; every other intake endpoint names its roles.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {
}

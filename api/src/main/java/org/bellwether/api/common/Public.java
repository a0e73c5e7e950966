package org.bellwether.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Role rule: anyone, signed in or not, may call this endpoint (log-in, the API description). Every resource
 * method carries exactly one role rule: {@code @Public}, {@code @PermitAll} (any signed-in user) or
 * {@code @RolesAllowed}. A method without one is refused ({@link DenyByDefaultFeature}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Public {
}

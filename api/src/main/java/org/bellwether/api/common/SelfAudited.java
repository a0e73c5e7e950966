package org.bellwether.api.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that writes its own, richer audit record when it answers (a search with its filters, a briefing view).
 * The read audit then records only its refusals, so a refused search is in the log too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SelfAudited {
}

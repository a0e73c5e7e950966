package org.bellwether.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body type of a method that returns a {@code Response} (or pre-serialised bytes), for the OpenAPI document:
 * {@code @Returns(value = Page.class, items = NarrativeItem.class)} documents a page of narrative items.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Returns {
    Class<?> value();

    /** For pages and lists: the element type. */
    Class<?> items() default Void.class;
}

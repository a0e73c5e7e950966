package org.bellwether.api.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bellwether.model.Json;

/**
 * The api's JSON: the message configuration plus strict duplicate detection, so a body that names a key twice is a
 * 400 instead of one value silently winning (a filter could check the first, a handler use the second).
 */
public final class ApiJson {
    private ApiJson() {
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        Json.configure(mapper);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return mapper;
    }
}

package dev.cascade.telesign.message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Any template on any channel, its parameters sent as given (strings, numbers, booleans, lists,
 * maps), in the given order.
 */
public record TemplateContent(String template, Map<String, Object> parameters) implements ChannelContent {

    public TemplateContent {
        Objects.requireNonNull(template, "template");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
    }
}

package dev.cascade.telesign.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Jackson, set up once for everything that crosses the wire to or from Telesign.
 *
 * <p>Reading is defensive because callback bodies come from the internet: duplicate keys are an error
 * (two values for {@code code} would make the verdict depend on the parser), and nesting, string and
 * number sizes are capped far above anything Telesign sends and far below what could hurt.
 */
public final class TelesignJson {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(64 * 1024)
                    .maxNumberLength(32)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private TelesignJson() {
    }

    /** Parses a whole document; trailing content after the first value is an error. */
    public static JsonNode read(byte[] body) throws IOException {
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null) {
                throw new JsonParseException(parser, "empty body");
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "content after the JSON value");
            }
            return node;
        }
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a JSON tree cannot fail", e);
        }
    }

    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a JSON tree cannot fail", e);
        }
    }

    /** Converts parameter values (strings, numbers, lists, maps) to a JSON tree. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}

package dev.cascade.it.callback;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.it.support.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Thousands of malformed and adversarial callback bodies, derived from Telesign's own examples: every
 * prefix of each example (truncation), every field replaced by values of the wrong type, null, huge
 * numbers and strings, deep nesting; fields removed and duplicated; invalid UTF-8 spliced in; unknown
 * channels and codes; 1 MB bodies; then random combinations of those until the count is reached. Each
 * case carries a fresh reference id with this run's prefix (unless the case mutates the reference id
 * itself), so whatever the server does with it can be traced in the ledger. Deterministic from the seed.
 */
final class AdversarialCallbacks {

    /** One body to post; {@code referenceId} is null when the case tampers with the reference id. */
    record Case(String kind, String referenceId, byte[] body, String contentType) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "@@raw@@";
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    /** Values that replace a field: wrong types, null, extremes; raw JSON text, spliced in verbatim. Sorted, so a seed
     *  gives the same cases in every JVM (Map.of's order is randomised per run). */
    private static final Map<String, String> REPLACEMENTS = new TreeMap<>(Map.ofEntries(
            Map.entry("null", "null"), Map.entry("true", "true"), Map.entry("zero", "0"), Map.entry("negative", "-1"),
            Map.entry("fraction", "3000.5"), Map.entry("huge-integer", "1" + "0".repeat(400)),
            Map.entry("huge-exponent", "1e400"), Map.entry("empty-string", "\"\""),
            Map.entry("huge-string", "\"" + "x".repeat(60_000) + "\""), Map.entry("array", "[1,2,3]"),
            Map.entry("object", "{\"a\":{\"b\":1}}"), Map.entry("deep-nesting", "[".repeat(5_000) + "]".repeat(5_000)),
            Map.entry("nul-character", "\"\\u0000\""), Map.entry("markup", "\"<script>alert(1)</script>\""),
            Map.entry("lone-surrogate", "\"\\ud800\""), Map.entry("number-as-string", "\"3000\"")));

    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    private final String prefix;
    private final Random random;
    private int serial;

    /** @param prefix 8 upper-case hex digits that start every reference id this generator makes */
    AdversarialCallbacks(String prefix, long seed) {
        if (!prefix.matches("[0-9A-F]{8}")) {
            throw new IllegalArgumentException("prefix must be 8 upper-case hex digits: " + prefix);
        }
        this.prefix = prefix;
        this.random = new Random(seed);
    }

    /** Telesign's examples (the guide's callback and the shapes its docs show), each with a fresh id. */
    private List<Function<String, byte[]>> examples() {
        return List.of(Reports::guideCallback,
                ref -> Reports.forMessage(ref).status(3000, "rcs", AT).channel("rcs", 3000, AT).bytes(),
                ref -> Reports.forMessage(ref).status(3001, "rcs", AT).channel("rcs", 3001, AT).bytes(),
                ref -> Reports.forMessage(ref).status(3010, "sms", AT).channel("rcs", 3056, AT).channel("sms", 3010, AT).bytes(),
                ref -> Reports.forMessage(ref).status(3005, "rcs", AT).channel("rcs", 3005, AT).bytes());
    }

    String newReference() {
        return prefix + HexFormat.of().withUpperCase().formatHex(new byte[] {(byte) (serial >> 16), (byte) (serial >> 8),
                (byte) serial++}) + HexFormat.of().withUpperCase().formatHex(randomBytes(9));
    }

    /** At least {@code count} cases: every systematic mutation of every example, then random combinations. */
    List<Case> generate(int count) {
        List<Case> cases = new ArrayList<>();
        for (Function<String, byte[]> example : examples()) {
            truncations(example, cases);
            fieldMutations(example, cases);
            invalidUtf8(example, cases);
            wholeBodies(example, cases);
        }
        while (cases.size() < count) {
            cases.add(combination(examples().get(random.nextInt(examples().size()))));
        }
        return cases;
    }

    private void truncations(Function<String, byte[]> example, List<Case> cases) {
        int length = example.apply(newReference()).length;
        for (int cut = 0; cut < length; cut++) {
            String ref = newReference();
            cases.add(new Case("truncated to " + cut + " bytes", ref, java.util.Arrays.copyOf(example.apply(ref), cut),
                    "application/json"));
        }
    }

    private void fieldMutations(Function<String, byte[]> example, List<Case> cases) {
        for (String pointer : pointers(tree(example.apply(newReference())))) {
            for (Map.Entry<String, String> replacement : REPLACEMENTS.entrySet()) {
                String ref = newReference();
                cases.add(new Case("field " + pointer + " = " + replacement.getKey(), traceable(pointer, ref),
                        replaced(tree(example.apply(ref)), pointer, replacement.getValue()), "application/json"));
            }
            String ref = newReference();
            cases.add(new Case("field " + pointer + " removed", traceable(pointer, ref), removed(tree(example.apply(ref)), pointer),
                    "application/json"));
            String dup = newReference();
            cases.add(new Case("field " + pointer + " duplicated", traceable(pointer, dup),
                    duplicated(tree(example.apply(dup)), pointer), "application/json"));
        }
        for (String channel : List.of("fax", "RCS ", "", "carrier-pigeon", "sms\u0000")) {
            String ref = newReference();
            ObjectNode tree = tree(example.apply(ref));
            tree.withObject("/status").put("last_channel", channel);
            for (JsonNode entry : tree.withArray("channel_status")) {
                ObjectNode e = (ObjectNode) entry;
                String name = e.fieldNames().next();
                e.set(channel, e.remove(name));
            }
            cases.add(new Case("unknown channel " + channel.strip(), ref, bytes(tree), "application/json"));
        }
        for (int code : new int[] {9999, -1, 0, 2147483647}) {
            String ref = newReference();
            ObjectNode tree = tree(example.apply(ref));
            tree.withObject("/status").put("code", code);
            cases.add(new Case("unknown code " + code, ref, bytes(tree), "application/json"));
        }
    }

    private void invalidUtf8(Function<String, byte[]> example, List<Case> cases) {
        for (byte[] invalid : INVALID_UTF8) {
            for (int i = 0; i < 20; i++) {
                String ref = newReference();
                byte[] body = example.apply(ref);
                int at = 1 + random.nextInt(body.length - 2);
                cases.add(new Case("invalid UTF-8 at byte " + at, ref, splice(body, at, invalid), "application/json"));
            }
            // Inside a string value, where a lenient decoder would let it through.
            String ref = newReference();
            byte[] body = example.apply(ref);
            int inString = new String(body, StandardCharsets.UTF_8).indexOf("\"description\"");
            cases.add(new Case("invalid UTF-8 in a string", ref, splice(body, inString + 1, invalid), "application/json"));
        }
    }

    private void wholeBodies(Function<String, byte[]> example, List<Case> cases) {
        String ref = newReference();
        byte[] valid = example.apply(ref);
        cases.add(new Case("root is an array", ref, ("[" + new String(valid, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8), "application/json"));
        cases.add(new Case("root is a string", null, "\"hello\"".getBytes(StandardCharsets.UTF_8), "application/json"));
        cases.add(new Case("root is null", null, "null".getBytes(StandardCharsets.UTF_8), "application/json"));
        String twice = newReference();
        cases.add(new Case("two objects", twice, concat(example.apply(twice), example.apply(twice)), "application/json"));
        String trailing = newReference();
        cases.add(new Case("trailing garbage", trailing, concat(example.apply(trailing), "}}]".getBytes(StandardCharsets.UTF_8)),
                "application/json"));
        cases.add(new Case("deep nesting at the root", null, ("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000))
                .getBytes(StandardCharsets.UTF_8), "application/json"));
        String big = newReference();
        ObjectNode padded = tree(example.apply(big));
        padded.withObject("/status").put("description", "y".repeat(1 << 20));
        cases.add(new Case("1 MB description", big, bytes(padded), "application/json"));
        String many = newReference();
        ObjectNode channels = tree(example.apply(many));
        ArrayNode list = channels.withArray("channel_status");
        JsonNode first = list.get(0);
        while (bytes(channels).length < (1 << 20)) {
            for (int i = 0; i < 2_000; i++) {
                list.add(first.deepCopy());
            }
        }
        cases.add(new Case("1 MB of channel statuses", many, bytes(channels), "application/json"));
        for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream"}) {
            String fresh = newReference();
            cases.add(new Case("content type " + type, fresh, example.apply(fresh), type));
        }
    }

    /** Two to four mutations of one example on top of each other. */
    private Case combination(Function<String, byte[]> example) {
        String ref = newReference();
        ObjectNode tree = tree(example.apply(ref));
        List<String> pointers = pointers(tree);
        StringBuilder kind = new StringBuilder("combination");
        boolean traceable = true;
        byte[] body = bytes(tree);
        for (int n = 2 + random.nextInt(3); n > 0; n--) {
            String pointer = pointers.get(random.nextInt(pointers.size()));
            traceable &= traceable(pointer, ref) != null;
            List<String> names = new ArrayList<>(REPLACEMENTS.keySet());
            String name = names.get(random.nextInt(names.size()));
            try {
                body = switch (random.nextInt(4)) {
                    case 0 -> replaced(tree(body), pointer, REPLACEMENTS.get(name));
                    case 1 -> removed(tree(body), pointer);
                    case 2 -> duplicated(tree(body), pointer);
                    default -> splice(body, 1 + random.nextInt(body.length - 1), INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
                };
            } catch (IllegalArgumentException notAnObjectAnyMore) {
                break; // an earlier mutation broke the JSON or removed the parent; the body so far is the case
            }
            kind.append(' ').append(pointer);
        }
        return new Case(kind.toString(), traceable ? ref : null, body, "application/json");
    }

    /** The id stays traceable unless the mutation touches the reference id itself. */
    private static String traceable(String pointer, String ref) {
        return pointer.equals("/reference_id") ? null : ref;
    }

    private static List<String> pointers(JsonNode root) {
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        return pointers;
    }

    private static void collect(JsonNode node, String at, List<String> pointers) {
        if (node.isObject()) {
            node.properties().forEach(f -> {
                String child = at + "/" + f.getKey();
                pointers.add(child);
                collect(f.getValue(), child, pointers);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(at + "/" + i);
                collect(node.get(i), at + "/" + i, pointers);
            }
        }
    }

    private static byte[] replaced(ObjectNode root, String pointer, String raw) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent.isObject()) {
            ((ObjectNode) parent).put(last, RAW);
        } else if (inArray(parent, p)) {
            ((ArrayNode) parent).set(p.last().getMatchingIndex(), RAW);
        } else {
            throw new IllegalArgumentException("no parent at " + pointer);
        }
        return new String(bytes(root), StandardCharsets.UTF_8).replace("\"" + RAW + "\"", raw).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] removed(ObjectNode root, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (parent.isObject()) {
            ((ObjectNode) parent).remove(p.last().getMatchingProperty());
        } else if (inArray(parent, p)) {
            ((ArrayNode) parent).remove(p.last().getMatchingIndex());
        } else {
            throw new IllegalArgumentException("no parent at " + pointer);
        }
        return bytes(root);
    }

    /** Whether the pointer's last step is an index of {@code parent} (an earlier mutation may have changed its shape). */
    private static boolean inArray(JsonNode parent, JsonPointer pointer) {
        int index = pointer.last().getMatchingIndex();
        return parent.isArray() && index >= 0 && index < parent.size();
    }

    /** The field twice in its object: first with a wrong value, then the original (JSON leaves it undefined). */
    private static byte[] duplicated(ObjectNode root, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (!parent.isObject()) {
            return replaced(root, pointer, "null");
        }
        String name = p.last().getMatchingProperty();
        String original;
        try {
            original = JSON.writeValueAsString(parent.get(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ((ObjectNode) parent).put(name, RAW);
        String text = new String(bytes(root), StandardCharsets.UTF_8);
        return text.replace("\"" + RAW + "\"", "\"duplicate\",\"" + name + "\":" + original).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode tree(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("not an object");
            }
            return object;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON any more", e);
        }
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] splice(byte[] body, int at, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + insert.length);
        out.write(body, 0, at);
        out.write(insert, 0, insert.length);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(a, a.length, b);
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}

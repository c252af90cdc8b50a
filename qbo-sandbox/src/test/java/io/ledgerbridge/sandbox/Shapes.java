package io.ledgerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares JSON by shape: keys, JSON types and nesting, not values. Every key of the expected shape must be in the
 * actual document with the same type; with {@code strict} the key sets of objects must be equal.
 */
final class Shapes {
    private Shapes() {
    }

    static ObjectNode load(String name) {
        try (InputStream in = Shapes.class.getResourceAsStream("/shapes/" + name + ".json")) {
            return (ObjectNode) Api.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"<key>": shape, "time": "t"}}: the success envelope around one entity shape. */
    static ObjectNode envelope(String key, JsonNode shape) {
        ObjectNode o = Api.MAPPER.createObjectNode();
        o.set(key, shape);
        o.put("time", "t");
        return o;
    }

    static void assertShape(JsonNode expected, JsonNode actual, boolean strict) {
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, strict, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("shape differs:\n  " + String.join("\n  ", problems) + "\nactual: " + actual);
        }
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, boolean strict, List<String> problems) {
        if (actual == null) {
            problems.add(path + " is missing");
            return;
        }
        if (!type(expected).equals(type(actual))) {
            problems.add(path + " is " + type(actual) + ", expected " + type(expected));
            return;
        }
        if (expected.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                compare(path + "." + name, expected.get(name), actual.get(name), strict, problems);
            }
            if (strict) {
                Set<String> extra = new TreeSet<>();
                actual.fieldNames().forEachRemaining(extra::add);
                expected.fieldNames().forEachRemaining(extra::remove);
                if (!extra.isEmpty()) {
                    problems.add(path + " has unexpected keys " + extra);
                }
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            if (actual.isEmpty()) {
                problems.add(path + " is an empty array");
            }
            for (int i = 0; i < actual.size(); i++) {
                JsonNode model = expected.size() == actual.size() ? expected.get(i) : expected.get(0);
                compare(path + "[" + i + "]", model, actual.get(i), strict, problems);
            }
        }
    }

    private static String type(JsonNode n) {
        if (n.isObject()) {
            return "object";
        }
        if (n.isArray()) {
            return "array";
        }
        if (n.isTextual()) {
            return "string";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        return "null";
    }
}

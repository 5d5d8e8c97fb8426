package nl.supplementguidelines.web;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Control characters in the texts of a body. PostgreSQL refuses U+0000 in text, and the other C0 controls (and DEL)
 * are never content: each such text is a field error. Tab, line feed and carriage return are text (a description may
 * have paragraphs), so they are allowed everywhere.
 */
public final class ControlCharacters {

    /** For {@code @Pattern}: a text without the refused characters (anchored, as JSON Schema patterns are not). */
    public static final String NONE = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";
    public static final String MESSAGE = "must not contain control characters (tab and line breaks are allowed)";

    private ControlCharacters() {
    }

    public static boolean contains(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F);
    }

    /**
     * Every text of the tree (a body read as JSON, already bounded in size) that has one: {@code error} gets its path
     * as the client writes it ({@code recommendations[1].effects[0]}).
     */
    public static void check(JsonNode tree, Consumer<String> error) {
        walk(tree, "", error);
    }

    private static void walk(JsonNode node, String path, Consumer<String> errors) {
        if (node.isString()) {
            if (contains(node.asString())) {
                errors.accept(path);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                walk(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey(), errors);
            }
        }
    }
}

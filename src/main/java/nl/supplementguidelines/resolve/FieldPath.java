package nl.supplementguidelines.resolve;

import org.jspecify.annotations.Nullable;

/**
 * Where in a request a value was: {@code intakes[1].unit}. A value, so errors can be ordered by the position of the
 * item they belong to without parsing their names again.
 */
public record FieldPath(String root, @Nullable Integer index, @Nullable String property) {

    public static FieldPath of(String root) {
        return new FieldPath(root, null, null);
    }

    /** The item at this position of the list. */
    public FieldPath at(int position) {
        return new FieldPath(root, position, property);
    }

    /** A property of the item. */
    public FieldPath dot(String name) {
        return new FieldPath(root, index, property == null ? name : property + "." + name);
    }

    /** The item's position when the path is inside this list, else -1 (so errors elsewhere sort first). */
    public int indexIn(String list) {
        return root.equals(list) && index != null ? index : -1;
    }

    @Override
    public String toString() {
        return root + (index == null ? "" : "[" + index + "]") + (property == null ? "" : "." + property);
    }
}

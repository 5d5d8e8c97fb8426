package nl.supplementguidelines.editing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import nl.supplementguidelines.resolve.FieldPath;

import java.util.Comparator;

/** Bean Validation's paths as the client writes them ({@code recommendations[2].dose.wording}), and their reading order. */
final class ViolationPaths {

    /** By path as a reader counts ({@code causes[2]} before {@code causes[10]}). */
    static final Comparator<FieldPath> ORDER = Comparator.comparing(FieldPath::toString, ViolationPaths::natural);

    private ViolationPaths() {
    }

    static FieldPath of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return FieldPath.of(path.toString());
    }

    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
                int endA = i;
                int endB = j;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                int byLength = Integer.compare(endA - i, endB - j);
                int byValue = byLength != 0 ? byLength : a.substring(i, endA).compareTo(b.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (a.charAt(i) != b.charAt(j)) {
                    return Character.compare(a.charAt(i), b.charAt(j));
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}

package nl.supplementguidelines.web.problem;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;

/**
 * How the exception handler describes an invalid parameter or field: its name as the client wrote it, what it must
 * be, and the value sent, shortened so an answer never echoes a request out of proportion to it.
 */
final class InvalidItems {

    private InvalidItems() {
    }

    /** For a value of the wrong type ({@code "amount": "abc"}): the field, by its JSON path, and what it must be. */
    static List<InvalidItem> bodyErrors(HttpMessageNotReadableException ex) {
        if (!(ex.getCause() instanceof tools.jackson.databind.exc.MismatchedInputException mismatch) || mismatch.getPath().isEmpty()) {
            return List.of();
        }
        StringBuilder path = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (mismatch instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
            // Bodies read strictly (web.StrictJsonBody) name a member they do not have instead of silently dropping it.
            return List.of(new InvalidItem(path.toString(), "is not a member of this request body", null));
        }
        Object rejected = mismatch instanceof tools.jackson.databind.exc.InvalidFormatException invalid ? shorten(invalid.getValue()) : null;
        return List.of(new InvalidItem(path.toString(), "must be " + describeJsonType(mismatch.getTargetType()), rejected));
    }

    static String describeJsonType(@Nullable Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : "an object of the documented shape";
    }

    static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    static String parameterName(@Nullable String name, MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        return name == null ? "parameter" : name;
    }

    static String describeType(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "of the documented format";
    }

    static @Nullable Object shorten(@Nullable Object value) {
        return InvalidItem.shorten(value);
    }
}

package nl.supplementguidelines.web.admission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import nl.supplementguidelines.web.BodyValidation.Sizes;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The size constraints of one list of a request body, measured without Bean Validation: {@code @NotNull} and
 * {@code @Size} on a collection mean one thing only (a null list fits any {@code @Size}). Read from the record's field,
 * which is where Hibernate Validator reads a record component's constraints too.
 */
record ListSize(Field field, boolean required, int min, int max) {

    /**
     * The measure of this property's size constraints, if it is a collection and they are all {@code @NotNull} and
     * {@code @Size} on its field.
     */
    static Optional<ListSize> of(Class<?> record, PropertyDescriptor property) {
        Set<ConstraintDescriptor<?>> constraints = property.findConstraints().unorderedAndMatchingGroups(Sizes.class)
                .getConstraintDescriptors();
        // A constraint on a getter is checked on the getter's value, not the field's: only fields are measured here.
        if (!Collection.class.isAssignableFrom(property.getElementClass())
                || property.findConstraints().declaredOn(ElementType.FIELD).unorderedAndMatchingGroups(Sizes.class)
                        .getConstraintDescriptors().size() != constraints.size()) {
            return Optional.empty();
        }
        boolean required = false;
        int min = 0;
        int max = Integer.MAX_VALUE;
        for (ConstraintDescriptor<?> constraint : constraints) {
            Annotation annotation = constraint.getAnnotation();
            // Composed, or unwrapped (payload Unwrapping.Unwrap: then it applies to each element): left to the sequence.
            if (!constraint.getComposingConstraints().isEmpty() || constraint.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP) {
                return Optional.empty();
            } else if (annotation instanceof NotNull) {
                required = true;
            } else if (annotation instanceof Size size) {
                min = Math.max(min, size.min());
                max = Math.min(max, size.max());
            } else {
                return Optional.empty();
            }
        }
        try {
            Field field = record.getDeclaredField(property.getPropertyName());
            field.setAccessible(true);
            return Optional.of(new ListSize(field, required, min, max));
        } catch (NoSuchFieldException | RuntimeException notAField) {
            return Optional.empty();
        }
    }

    boolean fits(Object body) {
        Object list;
        try {
            list = field.get(body);
        } catch (IllegalAccessException unreadable) {
            return false;
        }
        if (list == null) {
            return !required;
        }
        int size = ((Collection<?>) list).size();
        return size >= min && size <= max;
    }
}

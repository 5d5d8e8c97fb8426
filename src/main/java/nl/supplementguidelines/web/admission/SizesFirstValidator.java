package nl.supplementguidelines.web.admission;

import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.CascadableDescriptor;
import jakarta.validation.metadata.ContainerDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import nl.supplementguidelines.web.BodyValidation;
import nl.supplementguidelines.web.BodyValidation.Sizes;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates request bodies as {@link BodyValidation.SizesFirst} asks, with one walk of the body where that gives the
 * same answer. Hibernate Validator runs a group sequence as one walk of the whole body per group, every element
 * included, though the {@link Sizes} constraints sit on the lists themselves: the second walk was a twentieth of a dose
 * check. So when a body is a record whose size constraints are all {@code @NotNull} and {@code @Size} on its own lists,
 * those lists are measured here and, when they fit, the body is validated once for the default group: what the
 * sequence's second step does. A list that does not fit, and any other body (size constraints inside its elements, as
 * in a guideline document, or of other kinds), go through the sequence itself, so their errors are the sequence's.
 * ({@code validateProperty} would not descend either, but its path parsing cost more than the walk it saves.)
 */
final class SizesFirstValidator implements SmartValidator {

    private final SmartValidator validator;
    private final Validator beanValidation;
    /** Per body class: the measures of its lists, or empty when the sequence must run as it is. */
    private final ClassValue<Optional<List<ListSize>>> listSizes = new ClassValue<>() {
        @Override
        protected Optional<List<ListSize>> computeValue(Class<?> type) {
            return ownListSizes(beanValidation, type);
        }
    };

    /**
     * @param validator      Spring MVC's validator, which still does every validation
     * @param beanValidation the Bean Validation validator under it, for the constraints' metadata
     */
    SizesFirstValidator(SmartValidator validator, Validator beanValidation) {
        this.validator = validator;
        this.beanValidation = beanValidation;
    }

    @Override
    public boolean supports(Class<?> type) {
        return validator.supports(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        validator.validate(target, errors);
    }

    @Override
    public void validate(Object target, Errors errors, Object... hints) {
        if (hints.length == 1 && hints[0] == BodyValidation.SizesFirst.class && sizesHold(target)) {
            validator.validate(target, errors);
        } else {
            validator.validate(target, errors, hints);
        }
    }

    @Override
    public void validateValue(Class<?> targetType, String fieldName, @Nullable Object value, Errors errors, Object... hints) {
        validator.validateValue(targetType, fieldName, value, errors, hints);
    }

    @Override
    public <T> @Nullable T unwrap(@Nullable Class<T> type) {
        return validator.unwrap(type);
    }

    /** Whether the body's size constraints are all measures of its own lists, and all of them fit. */
    boolean sizesHold(Object target) {
        Optional<List<ListSize>> sizes = listSizes.get(target.getClass());
        if (sizes.isEmpty()) {
            return false;
        }
        for (ListSize size : sizes.get()) {
            if (!size.fits(target)) {
                return false;
            }
        }
        return true;
    }

    /** The body's size constraints as measures of its lists; empty unless that is all they are (see the class). */
    static Optional<List<ListSize>> ownListSizes(Validator validator, Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (hasSizes(bean.findConstraints())) {
            return Optional.empty();
        }
        // The body's class is not marked seen: an element of its own class has sizes that are not measured here.
        Set<Class<?>> seen = new HashSet<>();
        List<ListSize> sizes = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            if (!belowIsFree(validator, property, seen)) {
                return Optional.empty();
            }
            if (hasSizes(property.findConstraints())) {
                Optional<ListSize> size = ListSize.of(type, property);
                if (size.isEmpty()) {
                    return Optional.empty();
                }
                sizes.add(size.get());
            }
        }
        return Optional.of(List.copyOf(sizes));
    }

    /** Whether nothing reached from this property or element (its elements, a cascade) has a size constraint. */
    private static <D extends ElementDescriptor & CascadableDescriptor & ContainerDescriptor> boolean belowIsFree(
            Validator validator, D descriptor, Set<Class<?>> seen) {
        if (!descriptor.getGroupConversions().isEmpty()) {
            return false;
        }
        for (ContainerElementTypeDescriptor element : descriptor.getConstrainedContainerElementTypes()) {
            if (hasSizes(element.findConstraints()) || !belowIsFree(validator, element, seen)) {
                return false;
            }
        }
        // A cascade on a container itself (@Valid List<X>) reaches elements whose class the metadata does not name.
        Class<?> type = descriptor.getElementClass();
        return !descriptor.isCascaded() || (!isContainer(type) && nowhere(validator, type, seen));
    }

    /** Whether this class, and all it cascades to, has no size constraint. */
    private static boolean nowhere(Validator validator, Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return true;
        }
        // Validation follows the runtime class: a class that may be extended may gain size constraints below.
        if (!Modifier.isFinal(type.getModifiers())) {
            return false;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (hasSizes(bean.findConstraints())) {
            return false;
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            if (hasSizes(property.findConstraints()) || !belowIsFree(validator, property, seen)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isContainer(Class<?> type) {
        return Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || Optional.class.isAssignableFrom(type)
                || type.isArray();
    }

    private static boolean hasSizes(ElementDescriptor.ConstraintFinder constraints) {
        return constraints.unorderedAndMatchingGroups(Sizes.class).hasConstraints();
    }
}

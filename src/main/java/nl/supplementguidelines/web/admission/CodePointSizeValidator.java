package nl.supplementguidelines.web.admission;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

/**
 * {@code @Size} on a string, counted in Unicode code points as JSON Schema's {@code minLength}/{@code maxLength} count
 * them, instead of Hibernate Validator's UTF-16 units (which refused 60 emoji as more than 100 characters). Registered
 * for {@code String} in {@link ValidationConfiguration}, so it wins over the built-in one for {@code CharSequence}
 * while every other {@code @Size} (lists) keeps the built-in validators, and springdoc still documents the limits.
 */
public class CodePointSizeValidator implements ConstraintValidator<Size, String> {

    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
        min = size.min();
        max = size.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        // Quick answers without counting: a code point is one or two UTF-16 units.
        if (value.length() < min || (value.length() + 1) / 2 > max) {
            return false;
        }
        int length = value.codePointCount(0, value.length());
        return length >= min && length <= max;
    }
}

package nl.supplementguidelines.web.admission;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

/**
 * How request parameters and bodies are validated: string lengths in code points ({@link CodePointSizeValidator}) and
 * every message in English, the language of the API's errors, whatever {@code Accept-Language} asks for (Hibernate
 * Validator would otherwise answer a French or German client in its language). Hibernate Validator's own resolver
 * already traverses every property, because {@code jakarta.persistence} is not on the classpath (with it, a JPA-aware
 * resolver asked the persistence providers about every property: 6 % of a dose check's time).
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    ValidationConfigurationCustomizer codePointLengthsAndEnglishMessages() {
        return configuration -> {
            configuration.messageInterpolator(new EnglishMessages(configuration.getDefaultMessageInterpolator()));
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                ConstraintMapping mapping = hibernate.createConstraintMapping();
                mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(CodePointSizeValidator.class);
                hibernate.addMapping(mapping);
            }
        };
    }

    /** Interpolates every message in English, ignoring the locale Spring passes on from the request. */
    record EnglishMessages(MessageInterpolator delegate) implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, Locale.ENGLISH);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return delegate.interpolate(messageTemplate, context, Locale.ENGLISH);
        }
    }
}

package nl.supplementguidelines.web.admission;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.annotation.ElementType;
import java.util.Locale;

/**
 * How request parameters and bodies are validated: string lengths in code points ({@link CodePointSizeValidator}) and
 * every message in English, the language of the API's errors, whatever {@code Accept-Language} asks for (Hibernate
 * Validator would otherwise answer a French or German client in its language). Every property is traversed: what is
 * validated are request bodies and parameters, never persistent entities. The setting is defensive now: Hibernate
 * Validator uses its JPA-aware resolver (it asks the persistence providers whether each property is loaded, which was
 * 6 % of a dose check's time) only when {@code jakarta.persistence} is on the classpath, and it no longer is; should a
 * dependency bring it back, validation still asks no persistence provider anything.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    ValidationConfigurationCustomizer codePointLengthsAndEnglishMessages() {
        return configuration -> {
            configuration.messageInterpolator(new EnglishMessages(configuration.getDefaultMessageInterpolator()));
            configuration.traversableResolver(new TraverseAll());
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                ConstraintMapping mapping = hibernate.createConstraintMapping();
                mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(CodePointSizeValidator.class);
                hibernate.addMapping(mapping);
            }
        };
    }

    /** Every property may be reached and cascaded into: bodies and parameters are plain records and values. */
    static final class TraverseAll implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
            return true;
        }
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

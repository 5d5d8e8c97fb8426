package nl.supplementguidelines.web.admission;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyEditorRegistrar;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

import java.util.Arrays;
import java.util.List;

/**
 * Spring MVC's handler adapter with this API's binding: its binding initializer gets the strict integer editors
 * ({@link StrictIntegerParameters}), and the data binders that validate request bodies validate
 * {@code BodyValidation.SizesFirst} in one walk where they can ({@link SizesFirstValidator}). The initializer itself
 * stays the one Spring MVC made, its validator too: the adapter takes that validator for the handlers' method validation.
 */
final class BindingAdapter extends RequestMappingHandlerAdapter {

    private @Nullable WebBindingInitializer binding;

    @Override
    public void setWebBindingInitializer(@Nullable WebBindingInitializer initializer) {
        if (!(initializer instanceof ConfigurableWebBindingInitializer configurable)) {
            throw new IllegalStateException("Spring MVC's binding initializer is not configurable ("
                    + initializer + "), so integer parameters could not be read strictly");
        }
        PropertyEditorRegistrar[] registrars = configurable.getPropertyEditorRegistrars();
        PropertyEditorRegistrar[] withStrict = registrars == null ? new PropertyEditorRegistrar[1]
                : Arrays.copyOf(registrars, registrars.length + 1);
        withStrict[withStrict.length - 1] = StrictIntegerParameters::readIntegersStrictly;
        configurable.setPropertyEditorRegistrars(withStrict);
        super.setWebBindingInitializer(configurable);
        binding = sizesFirst(configurable);
    }

    @Override
    protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) throws Exception {
        WebBindingInitializer initializer = binding;
        return initializer == null ? super.createDataBinderFactory(binderMethods)
                : new ServletRequestDataBinderFactory(binderMethods, initializer);
    }

    /** The initializer, then Spring MVC's validator of each binder replaced by one that validates sizes first in one walk. */
    private static WebBindingInitializer sizesFirst(ConfigurableWebBindingInitializer configurable) {
        Validator validator = configurable.getValidator();
        if (!(validator instanceof SmartValidator smart)) {
            return configurable;
        }
        jakarta.validation.Validator beanValidation;
        try {
            beanValidation = smart.unwrap(jakarta.validation.Validator.class);
        } catch (RuntimeException notBeanValidation) {
            return configurable;
        }
        if (beanValidation == null) {
            return configurable;
        }
        SizesFirstValidator sizesFirst = new SizesFirstValidator(smart, beanValidation);
        return binder -> {
            configurable.initBinder(binder);
            if (binder.getValidator() == validator) {
                binder.setValidator(sizesFirst);
            }
        };
    }
}

package nl.supplementguidelines.web.admission;

import org.springframework.beans.PropertyEditorRegistry;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.beans.PropertyEditorSupport;

/**
 * Integer query and path parameters ({@code page}, {@code size}, {@code minEvidence}, {@code row}) are read as the
 * document's {@code integer}: ASCII digits with an optional leading minus. Spring's default also took {@code +1},
 * {@code 0x1}, {@code #1}, surrounding spaces and non-ASCII digits ({@code ١}, {@code １０}); those are now a 400
 * {@code invalid-parameter} problem like any other value that is not a whole number. A property editor, not a
 * converter: Spring falls back to its lenient default editor when a converter refuses a value.
 *
 * <p>The editors are added by Spring MVC's binding initializer, which prepares every data binder of every handler,
 * rather than by an {@code @InitBinder} method of a controller advice: Spring MVC makes an invocable method of such an
 * advice for every request and calls it by reflection for every binder, a few percent of a dose check's time.
 */
@Component
class StrictIntegerParameters implements WebMvcRegistrations, SmartInitializingSingleton {

    /** A long has at most 19 digits; anything longer is refused before it is looked at. */
    private static final int MAX_LENGTH = 20;

    private final ListableBeanFactory beans;

    StrictIntegerParameters(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /**
     * Spring Boot takes this adapter only while it is the one {@link WebMvcRegistrations}; with two it would quietly
     * take its own, and integers would be read leniently again. So the start fails instead.
     */
    @Override
    public void afterSingletonsInstantiated() {
        beans.getBeansOfType(RequestMappingHandlerAdapter.class, false, false).forEach((name, adapter) -> {
            if (!(adapter instanceof BindingAdapter)) {
                throw new IllegalStateException("Spring MVC's handler adapter '" + name + "' is not this one (is there "
                        + "another WebMvcRegistrations bean?), so integer parameters would not be read strictly");
            }
        });
    }

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new BindingAdapter();
    }

    static void readIntegersStrictly(PropertyEditorRegistry binder) {
        binder.registerCustomEditor(int.class, new WholeNumberEditor(false, true));
        binder.registerCustomEditor(Integer.class, new WholeNumberEditor(true, true));
        binder.registerCustomEditor(long.class, new WholeNumberEditor(false, false));
        binder.registerCustomEditor(Long.class, new WholeNumberEditor(true, false));
    }

    static long parse(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a whole number");
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a whole number in ASCII digits");
            }
        }
        return Long.parseLong(text); // a NumberFormatException (too large) is an IllegalArgumentException too
    }

    private static final class WholeNumberEditor extends PropertyEditorSupport {

        private final boolean allowEmpty;
        private final boolean asInt;

        WholeNumberEditor(boolean allowEmpty, boolean asInt) {
            this.allowEmpty = allowEmpty;
            this.asInt = asInt;
        }

        @Override
        public void setAsText(String text) {
            if (allowEmpty && (text == null || text.isEmpty())) {
                setValue(null);
                return;
            }
            if (text == null) {
                throw new IllegalArgumentException("not a whole number");
            }
            long value = parse(text);
            if (asInt && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException("a whole number too large for this parameter");
            }
            setValue(asInt ? Integer.valueOf((int) value) : Long.valueOf(value));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}

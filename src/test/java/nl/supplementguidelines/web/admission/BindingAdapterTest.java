package nl.supplementguidelines.web.admission;

import nl.supplementguidelines.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application's handler adapter gives every data binder the one-walk validation and the strict integers. */
@ApiTest
class BindingAdapterTest {

    record Body(List<String> names) {
    }

    @Autowired
    RequestMappingHandlerAdapter adapter;

    @Test
    void everyBinderValidatesSizesFirstInOneWalkAndReadsIntegersStrictly() throws Exception {
        assertThat(adapter).isInstanceOf(BindingAdapter.class);
        WebDataBinder binder = ((BindingAdapter) adapter).createDataBinderFactory(List.of())
                .createBinder(new ServletWebRequest(new MockHttpServletRequest()), new Body(List.of()), "body");

        assertThat(binder.getValidators()).singleElement().isInstanceOf(SizesFirstValidator.class);
        assertThat(binder.convertIfNecessary("12", Integer.class)).isEqualTo(12);
        assertThatThrownBy(() -> binder.convertIfNecessary("+12", Integer.class)).isInstanceOf(TypeMismatchException.class);
    }
}

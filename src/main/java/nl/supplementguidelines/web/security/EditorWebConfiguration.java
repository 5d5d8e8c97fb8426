package nl.supplementguidelines.web.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets a controller of an editing operation take the {@link Editor} as a parameter. */
@Configuration(proxyBeanMethods = false)
class EditorWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new EditorArgumentResolver());
    }
}

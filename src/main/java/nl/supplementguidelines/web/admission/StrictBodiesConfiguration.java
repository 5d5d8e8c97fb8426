package nl.supplementguidelines.web.admission;

import nl.supplementguidelines.web.StrictJsonBody;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Bodies marked {@link StrictJsonBody} are read by a copy of the API's mapper (same strict types, same limits) that
 * also fails on unknown members. Other bodies keep ignoring them, as they always did.
 */
@Configuration(proxyBeanMethods = false)
class StrictBodiesConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof JacksonJsonHttpMessageConverter json) {
                JsonMapper strict = json.getMapper().rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
                json.registerMappersForType(StrictJsonBody.class, mappers -> {
                    mappers.put(MediaType.APPLICATION_JSON, strict);
                    mappers.put(new MediaType("application", "*+json"), strict);
                });
            }
        }
    }
}

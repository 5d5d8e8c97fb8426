package nl.supplementguidelines.web.admission;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The JSON reader's limits (Jackson's stream read constraints) set to match {@code api.limits}: no string or document
 * longer than the largest body, nesting and numbers as configured. A body that breaks one is a 400 problem naming the
 * limit. In Jackson 3 the constraints belong to the immutable token stream factory, which a
 * {@link JsonMapperBuilderCustomizer} cannot replace, so this is Boot's own builder bean (it wins over the
 * auto-configured one) built on a constrained factory; every customizer is still applied, in order, as Boot does.
 */
@Configuration(proxyBeanMethods = false)
class JsonReadLimits {

    @Bean
    @Scope("prototype")
    JsonMapper.Builder limitedJsonMapperBuilder(AdmissionProperties limits, List<JsonMapperBuilderCustomizer> customizers) {
        int maxBody = (int) limits.maxBodyBytes();
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(maxBody)
                .maxStringLength(maxBody)
                .maxNameLength(Math.min(maxBody, StreamReadConstraints.DEFAULT_MAX_NAME_LEN))
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build());
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}

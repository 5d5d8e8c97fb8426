package nl.supplementguidelines.web.openapi;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * springdoc runs the document's customizers in bean registration order (a set, whatever their {@code @Order}), so
 * the finishing ones ({@link OpenApiHttpContract}, {@link OpenApiSchemaRules}, {@link OpenApiDocumentOrder}) could
 * run before a customizer that adds responses or schemas. Before the first document is built this puts them in
 * order: a customizer's {@link Ordered#getOrder()} or class {@code @Order}, and one without an order (every
 * {@code @Bean} lambda) counts as {@link OpenApiDocumentOrder#ADDITIONS}, so it runs before the finishing ones.
 */
@Component
class OpenApiCustomizerSequence implements SmartInitializingSingleton {

    private final ObjectProvider<SpringDocCustomizers> customizers;

    OpenApiCustomizerSequence(ObjectProvider<SpringDocCustomizers> customizers) {
        this.customizers = customizers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SpringDocCustomizers springDoc = customizers.getIfAvailable();
        if (springDoc == null) {
            return;
        }
        springDoc.getOpenApiCustomizers().ifPresent(OpenApiCustomizerSequence::sort);
    }

    static void sort(Set<OpenApiCustomizer> set) {
        List<OpenApiCustomizer> sorted = new ArrayList<>(set);
        sorted.sort(Comparator.comparingInt(OpenApiCustomizerSequence::order));
        set.clear();
        set.addAll(sorted);
    }

    static int order(OpenApiCustomizer customizer) {
        if (customizer instanceof Ordered ordered) {
            return ordered.getOrder();
        }
        Integer annotated = OrderUtils.getOrder(customizer.getClass());
        return annotated == null ? OpenApiDocumentOrder.ADDITIONS : annotated;
    }
}

package nl.supplementguidelines.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * Jackson reads each property of an answer through a lambda it generates once per property (Blackbird) instead of a
 * reflective method handle call per value: a CPU profile of the dose check had that call, the property getter and its
 * handle check, as the largest share of writing its 12 KB answer. Boot registers every Jackson module bean with the
 * mapper it builds; the bytes written do not change.
 */
@Configuration(proxyBeanMethods = false)
class JsonWriting {

    @Bean
    BlackbirdModule blackbirdModule() {
        return new BlackbirdModule();
    }
}

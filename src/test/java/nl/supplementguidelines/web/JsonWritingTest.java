package nl.supplementguidelines.web;

import nl.supplementguidelines.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapper Spring MVC writes answers with carries Blackbird, through the limited builder of JsonReadLimits too. */
@ApiTest
class JsonWritingTest {

    @Autowired
    JsonMapper mapper;

    @Test
    void theAnswersMapperWritesThroughBlackbird() {
        assertThat(mapper.registeredModules()).anySatisfy(module -> assertThat(module).isInstanceOf(BlackbirdModule.class));
    }
}

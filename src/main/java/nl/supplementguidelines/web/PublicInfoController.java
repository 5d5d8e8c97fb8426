package nl.supplementguidelines.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The actuator lives on the management port, which is not published. What is public about the running service is its
 * health ({@code /livez}, {@code /readyz}) and this: the version, git commit and build time.
 */
@Hidden
@RestController
class PublicInfoController {

    private final InfoEndpoint info;

    PublicInfoController(InfoEndpoint info) {
        this.info = info;
    }

    @GetMapping(path = "/info", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> info() {
        return info.info();
    }
}

package nl.supplementguidelines;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SupplementGuidelinesApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupplementGuidelinesApplication.class, args);
    }
}

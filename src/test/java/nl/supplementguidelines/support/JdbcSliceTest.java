package nl.supplementguidelines.support;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JDBC slice over the real migrations on a private in-memory H2 (each test rolled back), with the services that
 * read guidelines and reference levels and the classes that read their rows. Every class with this annotation shares one context. The services are
 * matched by name, not class, so they may stay package-private and move between packages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest(includeFilters = @Filter(type = FilterType.REGEX,
        pattern = "nl\\.supplementguidelines\\..*\\.(GuidelineService|GuidelineDoses|TranslationReader|RankedSearch|SearchTexts|Nutrients|ReferenceLevels|LevelWording|Wording|\\w+Rows)"))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
public @interface JdbcSliceTest {
}

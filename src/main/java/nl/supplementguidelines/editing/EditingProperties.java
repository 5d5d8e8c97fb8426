package nl.supplementguidelines.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Editing ({@code api.editing.*}).
 *
 * @param fourEyes whether a publisher may not publish a draft they created or changed themselves (health content is published
 *                 by a second person); on by default, {@code api.editing.four-eyes=false} turns it off (a one-person
 *                 installation, a demo)
 */
@Validated
@ConfigurationProperties("api.editing")
public record EditingProperties(@DefaultValue("true") boolean fourEyes) {
}

package nl.supplementguidelines.web.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method that passes its {@code Idempotency-Key} header to {@link Idempotency#run}: the OpenAPI
 * document then lists the header and the 409 and 422 answers it can bring ({@link IdempotencyOpenApi}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentOperation {
}

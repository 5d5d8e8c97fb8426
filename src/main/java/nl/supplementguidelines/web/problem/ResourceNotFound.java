package nl.supplementguidelines.web.problem;

/**
 * Base of every "no such resource" exception. Features subclass it with factory methods
 * ({@code GuidelineNotFound.forSlug(..)}) so the one exception handler can map them all to 404.
 */
public abstract class ResourceNotFound extends RuntimeException {

    protected ResourceNotFound(String message) {
        super(message);
    }
}

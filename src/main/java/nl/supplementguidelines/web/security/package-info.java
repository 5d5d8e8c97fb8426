/**
 * Security headers on every answer, CORS for the configured origins, refusals as problems, and who may write: the
 * editing operations ({@link nl.supplementguidelines.web.security.EditorEndpoints}) need a bearer JWT with a scope
 * ({@link nl.supplementguidelines.web.security.EditorScope}); a controller learns who edits from an
 * {@link nl.supplementguidelines.web.security.Editor} parameter. A named interface of the {@code web} module.
 */
@NullMarked
@NamedInterface("security")
package nl.supplementguidelines.web.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

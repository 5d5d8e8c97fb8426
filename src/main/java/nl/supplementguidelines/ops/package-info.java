/**
 * Only {@link nl.supplementguidelines.ops.H2ContentRevisionTrigger}: H2 stores a trigger's class name in the
 * database, so this name stays for every H2 database migrated so far. What it feeds is in
 * {@code nl.supplementguidelines.web.caching}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "web :: content-changes")
package nl.supplementguidelines.ops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

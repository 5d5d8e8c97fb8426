/**
 * Only H2's Java triggers, {@link nl.supplementguidelines.ops.H2ContentRevisionTrigger} and
 * {@link nl.supplementguidelines.ops.H2AppendOnlyTrigger}: H2 stores a trigger's class name in the
 * database, so these names stay for every H2 database migrated so far. What it feeds is in
 * {@code nl.supplementguidelines.web.caching}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "web :: content-changes")
package nl.supplementguidelines.ops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

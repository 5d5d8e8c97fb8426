/**
 * {@code Idempotency-Key} for the POSTs: {@link nl.supplementguidelines.web.idempotency.Idempotency} runs a write once
 * per editor and key and replays its answer to every retry; {@link nl.supplementguidelines.web.idempotency.IdempotentOperation}
 * documents the header on an operation. A named interface of the {@code web} module: the editing controllers use it.
 */
@NullMarked
@NamedInterface("idempotency")
package nl.supplementguidelines.web.idempotency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/**
 * The OpenAPI document: its info, the problem responses and examples of every operation, the HTTP contract
 * (headers, 304, HEAD), schema rules and a stable order.
 */
@NullMarked
package nl.supplementguidelines.web.openapi;

import org.jspecify.annotations.NullMarked;

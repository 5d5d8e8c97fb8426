/**
 * The web layer every feature shares, and what features use of it: paths ({@link nl.supplementguidelines.web.ApiPaths}),
 * paging, body validation order, request prices, and the filter order ({@link nl.supplementguidelines.web.WebFilters}).
 * Its sub-packages are the parts of the layer: {@code problem} (the one error contract), {@code caching},
 * {@code requestid}, {@code ratelimit}, {@code admission}, {@code security} and {@code openapi}. None of them
 * depends on a feature (no allowed dependencies: Spring Modulith refuses any).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package nl.supplementguidelines.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

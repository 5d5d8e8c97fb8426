/**
 * Security headers on every answer and CORS for the configured origins, refusals as problems.
 */
@NullMarked
package nl.supplementguidelines.web.security;

import org.jspecify.annotations.NullMarked;

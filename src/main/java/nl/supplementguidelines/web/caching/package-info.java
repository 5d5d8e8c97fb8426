/**
 * HTTP caching of GET representations: ETag, Last-Modified and Cache-Control, a 304 by Spring's conditional-request
 * rules, the serialised bytes kept per content version, and the content version itself, one implementation per database.
 */
@NullMarked
package nl.supplementguidelines.web.caching;

import org.jspecify.annotations.NullMarked;

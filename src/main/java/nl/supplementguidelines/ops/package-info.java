/**
 * Running the API in production: request ids, security headers, CORS, per-client rate limiting, HTTP caching
 * of GET representations (ETag, Last-Modified, Cache-Control, served from serialised bytes per content version),
 * the public info endpoint and fast failure when the database is unavailable. These are servlet filters that
 * work for every endpoint generically; features do not need to know about them.
 */
package nl.supplementguidelines.ops;

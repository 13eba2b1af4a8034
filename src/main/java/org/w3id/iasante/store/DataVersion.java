package org.w3id.iasante.store;

import java.time.Instant;

/**
 * The version of the data a store serves.
 *
 * @param tag changes whenever the data may have changed (opaque, safe in an HTTP ETag)
 * @param since when the store first served this version (an HTTP Last-Modified)
 */
public record DataVersion(String tag, Instant since) {}

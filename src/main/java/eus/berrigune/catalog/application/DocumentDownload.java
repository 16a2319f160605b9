package eus.berrigune.catalog.application;

/**
 * A document the caller may read.
 *
 * @param fileName file name
 * @param contentType media type
 * @param content bytes
 * @param sha256 checksum
 */
public record DocumentDownload(String fileName, String contentType, byte[] content, String sha256) {}

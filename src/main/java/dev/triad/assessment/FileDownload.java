package dev.triad.assessment;

/** A report file's bytes with the name and type to serve them under. */
public record FileDownload(String filename, String contentType, byte[] content) {}

package io.techdir.job;

/**
 * A whole source (or one of its files) that could not be read.
 *
 * @param source the source text ({@code KIND:LOCATION})
 * @param message what went wrong, naming the file and line or URL
 */
public record SourceProblem(String source, String message) {
}

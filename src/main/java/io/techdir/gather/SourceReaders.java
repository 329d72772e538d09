package io.techdir.gather;

import java.util.Objects;

/** Builds the reader for a source spec. */
public final class SourceReaders {

    private SourceReaders() {
    }

    /**
     * The reader for a spec with {@link GatherSettings#defaults()}.
     *
     * @throws IllegalArgumentException for a bad option value, naming the spec
     * @see #forSpec(SourceSpec, GatherSettings)
     */
    public static SourceReader forSpec(SourceSpec spec) {
        return forSpec(spec, GatherSettings.defaults());
    }

    /**
     * The reader for a spec: {@code csv} (generic format, or a mapping named with {@code
     * mapping=} or detected per file), {@code francetravail}, {@code web} (crawls on {@link
     * SourceReader#files()} with these settings, overridden by the spec's {@code crawl-delay},
     * {@code max-pages} and {@code max-concurrent}), {@code html} (replays a landing zone) or
     * {@code francetravail-api}. Option values are checked here.
     *
     * @throws IllegalArgumentException for a bad option value (unknown mapping, bad delimiter,
     *     encoding or source name), naming the spec: {@code bad --source 'csv:x?mapping=foo':
     *     unknown mapping 'foo'; expected one of glassdoor, hellowork, none, or a path ending in
     *     .properties}
     */
    public static SourceReader forSpec(SourceSpec spec, GatherSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return switch (spec.kind()) {
            case SourceSpec.CSV -> new CsvSourceReader(spec);
            case SourceSpec.FRANCE_TRAVAIL -> new FranceTravailSourceReader(spec);
            case SourceSpec.WEB -> new WebSourceReader(spec, settings);
            case SourceSpec.HTML -> new HtmlSourceReader(spec);
            case SourceSpec.FRANCE_TRAVAIL_API -> new FranceTravailApiReader(spec, settings);
            default -> throw new BadSourceException("bad --source '" + spec
                    + "'; expected KIND:LOCATION with KIND one of " + SourceSpec.KINDS);
        };
    }
}

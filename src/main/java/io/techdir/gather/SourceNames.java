package io.techdir.gather;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that the web and API sources of one run have names of their own. They write into one
 * landing-zone run folder, and each reads back only the {@code index.jsonl} and {@code
 * failures.jsonl} lines tagged with its name ({@link SourceReader#sharedFilePart()}): two of one
 * name (two {@code web:} sources of one host, whose default name is the host; a {@code web:} source
 * named {@code francetravail} beside the API's) would each read the other's pages and failures,
 * and their counts would merge. File sources ({@code csv:}, {@code francetravail:}, {@code html:})
 * read their files whole and may share a name: a board's export files under the board's name are
 * one source.
 */
public final class SourceNames {

    /** The name a renamed source is suggested: the shared name and this suffix. */
    private static final String SUGGESTED_SUFFIX = "-2";

    private SourceNames() {
    }

    /**
     * Two sources of one run that would read each other's landing-zone lines.
     *
     * @param first the index of the earlier of the two in the run's sources
     * @param second the index of the later one
     * @param name the name both gather as
     * @param renamed the later source with the option {@code source=NAME-2}, as a suggestion
     */
    public record Clash(int first, int second, String name, SourceSpec renamed) {

        /**
         * What is wrong and how to fix it, to follow the two sources as the caller names them:
         * {@code both gather as source 'x'; expected one name per web or API source of a run
         * (...): name one of them with the option source=NAME, e.g. web:URL?source=x-2}.
         */
        public String reason() {
            return "both gather as source '" + name + "'; expected one name per web or API source of a run"
                    + " (each reads back the landing zone's lines of its own name): name one of them with the"
                    + " option source=NAME, e.g. " + renamed;
        }
    }

    /**
     * The first two sources, in the order given, that would share landing-zone lines: web or API
     * sources of one name. A source whose reader cannot be built (a bad option value) is passed
     * over: building it for the run says what is wrong with it.
     *
     * @param specs the run's sources, in order
     * @return the first such pair, or empty
     */
    public static Optional<Clash> clash(List<SourceSpec> specs) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            String name;
            try {
                name = SourceReaders.forSpec(specs.get(i)).sharedFilePart();
            } catch (BadSourceException e) {
                continue;
            }
            if (name == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(name, i);
            if (earlier != null) {
                return Optional.of(new Clash(earlier, i, name, renamed(specs.get(i), name + SUGGESTED_SUFFIX)));
            }
        }
        return Optional.empty();
    }

    private static SourceSpec renamed(SourceSpec spec, String name) {
        Map<String, String> options = new LinkedHashMap<>(spec.options());
        options.put("source", name);
        return new SourceSpec(spec.kind(), spec.location(), options);
    }
}

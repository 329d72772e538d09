package io.techdir.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remote-work pattern written as its alternatives, each with the literals its matches start
 * with: {@code prefix? (?:alternative1|alternative2|...)}. At a position where only some
 * alternatives' literals start, only those are tried, in their order, which gives the match the
 * whole pattern gives there (an alternation takes its first alternative that matches, and the
 * others cannot match where none of their literals start); a failed try of a long alternation
 * costs hundreds of nanoseconds, a try of the one or two alternatives a word can start costs tens.
 * When the optional prefix matches, the whole pattern is tried. The whole pattern is also a
 * {@link GatedPattern} ({@link #gated()}), whose literals are the alternatives' together.
 */
final class RemoteWorkPattern {

    /** One alternative and the literals its matches start with ({@link GatedPattern}'s contract). */
    record Alternative(String regex, String... literals) {
    }

    private final Pattern prefix;
    private final List<Alternative> alternatives;
    private final GatedPattern gated;
    /** The patterns of subsets of the alternatives, by subset, compiled on first use. */
    private final ConcurrentHashMap<Long, Pattern> subsets = new ConcurrentHashMap<>();

    private RemoteWorkPattern(String prefix, List<Alternative> alternatives) {
        if (alternatives.isEmpty() || alternatives.size() > 64) {
            throw new IllegalArgumentException("remote-work pattern: " + alternatives.size()
                    + " alternatives; expected 1 to 64");
        }
        this.alternatives = List.copyOf(alternatives);
        this.prefix = prefix == null ? null : Pattern.compile(prefix);
        List<String> literals = new ArrayList<>();
        for (Alternative a : alternatives) {
            for (String l : a.literals()) {
                if (!literals.contains(l)) {
                    literals.add(l);
                }
            }
        }
        String regex = join(alternatives);
        if (prefix != null) {
            regex = "(?:" + prefix + ")?(?:" + regex + ")";
            // the prefix starts with a literal of the alternatives (checked when scanning)
        }
        this.gated = GatedPattern.of(regex, literals.toArray(new String[0]));
    }

    /** {@code alternative1|alternative2|...}. */
    static RemoteWorkPattern of(Alternative... alternatives) {
        return new RemoteWorkPattern(null, List.of(alternatives));
    }

    /**
     * {@code (?:prefix)?(?:alternative1|alternative2|...)}; every match of the prefix must start
     * with a literal of one of the alternatives.
     */
    static RemoteWorkPattern withPrefix(String prefix, Alternative... alternatives) {
        return new RemoteWorkPattern(prefix, List.of(alternatives));
    }

    private static String join(List<Alternative> alternatives) {
        StringBuilder b = new StringBuilder();
        for (Alternative a : alternatives) {
            b.append(b.length() == 0 ? "" : "|").append(a.regex());
        }
        return b.toString();
    }

    /** The whole pattern, gated by all the alternatives' literals. */
    GatedPattern gated() {
        return gated;
    }

    /** The alternatives, in order. */
    List<Alternative> alternatives() {
        return alternatives;
    }

    /**
     * The matcher that gives at {@code start} the match the whole pattern gives there, knowing that
     * only the alternatives of {@code subset} (bit i: alternative i) have a literal starting there.
     */
    Matcher matcherAt(String s, int start, int end, long subset) {
        Pattern p;
        if (prefix != null && prefix.matcher(s).useTransparentBounds(true).useAnchoringBounds(false)
                .region(start, end).lookingAt()) {
            p = gated.pattern();
        } else {
            p = subsets.get(subset);
            if (p == null) {
                List<Alternative> some = new ArrayList<>();
                for (int i = 0; i < alternatives.size(); i++) {
                    if ((subset & 1L << i) != 0) {
                        some.add(alternatives.get(i));
                    }
                }
                p = Pattern.compile(join(some));
                subsets.putIfAbsent(subset, p);
            }
        }
        return p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(start, end);
    }
}

package io.techdir.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Items with relative weights, drawn in proportion to them. Immutable once built.
 *
 * @param <T> item type
 */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = List.copyOf(items);
        this.cumulative = cumulative;
    }

    /** Starts an empty list. */
    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Draws one item; the list is never empty. */
    T pick(SplittableRandom rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        i = i < 0 ? -i - 1 : i + 1;
        return items.get(Math.min(i, items.size() - 1));
    }

    /** The items, in the order they were added. */
    List<T> items() {
        return items;
    }

    /** Collects items and weights; {@link #build()} refuses an empty list. */
    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight '" + weight + "' of '" + item + "'; expected > 0");
            }
            items.add(item);
            weights.add(weight);
            return this;
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        Weighted<T> build() {
            if (items.isEmpty()) {
                throw new IllegalStateException("empty weighted list; expected at least one item");
            }
            double[] c = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < c.length; i++) {
                sum += weights.get(i);
                c[i] = sum;
            }
            return new Weighted<>(items, c);
        }
    }
}

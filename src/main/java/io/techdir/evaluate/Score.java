package io.techdir.evaluate;

/**
 * Correct answers out of a total.
 *
 * @param correct records whose value equals the label
 * @param total records scored
 */
public record Score(long correct, long total) {

    /** No record scored. */
    public static final Score NONE = new Score(0, 0);

    /** Checks {@code 0 <= correct <= total}. */
    public Score {
        if (correct < 0 || total < correct) {
            throw new IllegalArgumentException("score " + correct + "/" + total + "; expected 0 <= correct <= total");
        }
    }

    /** Accuracy in percent; NaN when nothing was scored. */
    public double percent() {
        return total == 0 ? Double.NaN : 100.0 * correct / total;
    }

    /** This score plus one answer. */
    Score plus(boolean right) {
        return new Score(correct + (right ? 1 : 0), total + 1);
    }
}

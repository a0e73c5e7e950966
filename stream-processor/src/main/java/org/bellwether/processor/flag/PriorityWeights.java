package org.bellwether.processor.flag;

/**
 * Weights of the four signals of a narrative's priority (normalised by their sum, so priority stays in [0, 1]).
 *
 * @param harm     the narrative's harm score
 * @param velocity the burst score, squashed to [0, 1)
 * @param reach    engagement and distinct authors, squashed to [0, 1)
 * @param novelty  1 for a new narrative, halving every two days
 */
public record PriorityWeights(double harm, double velocity, double reach, double novelty) {
    public static final PriorityWeights DEFAULT = new PriorityWeights(0.4, 0.25, 0.2, 0.15);

    public double sum() {
        return harm + velocity + reach + novelty;
    }
}

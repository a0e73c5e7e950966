package org.bellwether.tools.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * External clustering measures of a predicted partition against gold labels: NMI (arithmetic-mean
 * normalisation, as sklearn's default), adjusted Rand index and B-cubed precision, recall and F1.
 *
 * @param docs         documents scored
 * @param goldClusters distinct gold labels
 * @param clusters     distinct predicted clusters
 */
public record ClusteringMetrics(int docs, int goldClusters, int clusters, double nmi, double ari,
                                double b3Precision, double b3Recall, double b3F1) {

    public static ClusteringMetrics of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        int n = gold.size();
        Map<String, Long> goldCounts = new HashMap<>();
        Map<String, Long> predictedCounts = new HashMap<>();
        Map<String, Long> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            goldCounts.merge(gold.get(i), 1L, Long::sum);
            predictedCounts.merge(predicted.get(i), 1L, Long::sum);
            joint.merge(gold.get(i) + '\u0000' + predicted.get(i), 1L, Long::sum);
        }
        if (n == 0) {
            return new ClusteringMetrics(0, 0, 0, 0, 0, 0, 0, 0);
        }
        double goldEntropy = entropy(goldCounts, n);
        double predictedEntropy = entropy(predictedCounts, n);
        double mutual = 0;
        double precision = 0;
        double recall = 0;
        double pairsJoint = 0;
        for (Map.Entry<String, Long> cell : joint.entrySet()) {
            int split = cell.getKey().indexOf('\u0000');
            long goldSize = goldCounts.get(cell.getKey().substring(0, split));
            long predictedSize = predictedCounts.get(cell.getKey().substring(split + 1));
            double count = cell.getValue();
            mutual += count / n * Math.log(count * n / ((double) goldSize * predictedSize));
            precision += count * count / predictedSize;
            recall += count * count / goldSize;
            pairsJoint += pairs(count);
        }
        double mean = (goldEntropy + predictedEntropy) / 2;
        double nmi = mean == 0 ? 1.0 : Math.max(0, mutual) / mean;
        double pairsGold = goldCounts.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
        double pairsPredicted = predictedCounts.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
        double expected = pairsGold * pairsPredicted / pairs(n);
        double max = (pairsGold + pairsPredicted) / 2;
        double ari = max == expected ? 1.0 : (pairsJoint - expected) / (max - expected);
        precision /= n;
        recall /= n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClusteringMetrics(n, goldCounts.size(), predictedCounts.size(), nmi, ari, precision, recall, f1);
    }

    private static double entropy(Map<String, Long> counts, int n) {
        double entropy = 0;
        for (long count : counts.values()) {
            double p = (double) count / n;
            entropy -= p * Math.log(p);
        }
        return entropy;
    }

    private static double pairs(double count) {
        return count * (count - 1) / 2;
    }
}

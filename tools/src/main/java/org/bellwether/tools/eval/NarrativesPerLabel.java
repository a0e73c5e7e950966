package org.bellwether.tools.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many narratives a gold cluster (an event) is seen as: for each label, the predicted clusters of at least
 * {@code minSize} documents in which that label holds the majority (smaller narratives trip no alert rule: the
 * shipped rules need five posts), and the share of the label's documents in its three largest predicted clusters.
 *
 * @param minSize        the smallest cluster counted
 * @param meanNarratives mean over labels of the counted clusters
 * @param maxNarratives  the most counted clusters of any label
 * @param labelsOverThree labels with more than three counted clusters
 * @param minTopThree    the smallest share, over labels, of a label's documents in its three largest clusters
 */
public record NarrativesPerLabel(int minSize, double meanNarratives, int maxNarratives, int labelsOverThree,
                                 double minTopThree) {

    public static NarrativesPerLabel of(List<String> gold, List<String> predicted, int minSize) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        Map<String, Long> clusterSizes = new HashMap<>();
        Map<String, Map<String, Long>> byLabel = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            clusterSizes.merge(predicted.get(i), 1L, Long::sum);
            byLabel.computeIfAbsent(gold.get(i), label -> new HashMap<>()).merge(predicted.get(i), 1L, Long::sum);
        }
        if (byLabel.isEmpty()) {
            return new NarrativesPerLabel(minSize, 0, 0, 0, 0);
        }
        int total = 0;
        int max = 0;
        int overThree = 0;
        double minTopThree = 1.0;
        for (Map<String, Long> clusters : byLabel.values()) {
            int counted = 0;
            long documents = 0;
            for (Map.Entry<String, Long> cluster : clusters.entrySet()) {
                long size = clusterSizes.get(cluster.getKey());
                documents += cluster.getValue();
                if (size >= minSize && 2 * cluster.getValue() > size) {
                    counted++;
                }
            }
            List<Long> largest = new ArrayList<>(clusters.values());
            largest.sort(java.util.Comparator.reverseOrder());
            long topThree = largest.stream().limit(3).mapToLong(Long::longValue).sum();
            minTopThree = Math.min(minTopThree, (double) topThree / documents);
            total += counted;
            max = Math.max(max, counted);
            overThree += counted > 3 ? 1 : 0;
        }
        return new NarrativesPerLabel(minSize, (double) total / byLabel.size(), max, overThree, minTopThree);
    }
}

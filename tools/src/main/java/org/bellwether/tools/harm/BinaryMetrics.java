package org.bellwether.tools.harm;

import java.util.Locale;

/** Precision, recall and F1 of both classes of a binary decision, and their macro average. */
record BinaryMetrics(int truePositive, int falsePositive, int falseNegative, int trueNegative) {

    static BinaryMetrics of(boolean[] gold, double[] scores, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < gold.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && gold[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryMetrics(tp, fp, fn, tn);
    }

    int docs() {
        return truePositive + falsePositive + falseNegative + trueNegative;
    }

    double precision() {
        return ratio(truePositive, truePositive + falsePositive);
    }

    double recall() {
        return ratio(truePositive, truePositive + falseNegative);
    }

    double f1() {
        return f1(precision(), recall());
    }

    double negativePrecision() {
        return ratio(trueNegative, trueNegative + falseNegative);
    }

    double negativeRecall() {
        return ratio(trueNegative, trueNegative + falsePositive);
    }

    double negativeF1() {
        return f1(negativePrecision(), negativeRecall());
    }

    double macroF1() {
        return (f1() + negativeF1()) / 2;
    }

    String line(String name, double p, double r, double f, int support) {
        return String.format(Locale.ROOT, "%-10s precision %.4f  recall %.4f  f1 %.4f  support %d", name, p, r, f,
                support);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}

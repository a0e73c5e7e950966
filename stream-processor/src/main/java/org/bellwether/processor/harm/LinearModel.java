package org.bellwether.processor.harm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A binary logistic-regression model over {@link HashedFeatures}: one weight per bucket plus a bias. Weights are
 * stored quantised to 16 bits (gzip, sparse, delta-coded), so a file is small and the same training run writes
 * the same bytes. Immutable, thread-safe.
 */
public final class LinearModel {

    private static final int MAGIC = 0x42574c4d; // "BWLM"
    private static final int VERSION = 1;

    private final float[] weights;
    private final float bias;

    LinearModel(float[] weights, float bias) {
        if (weights.length != HashedFeatures.DIMENSION) {
            throw new IllegalArgumentException("expected " + HashedFeatures.DIMENSION + " weights");
        }
        this.weights = weights;
        this.bias = bias;
    }

    /** Quantises the weights as {@link #write} stores them, so a trained model scores like its reloaded file. */
    public static LinearModel quantised(double[] weights, double bias) {
        double max = 1e-9;
        for (double w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = (float) (max / Short.MAX_VALUE);
        float[] q = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            q[i] = Math.round(weights[i] / scale) * scale;
        }
        float b = (float) (Math.round(bias * 1e4) / 1e4);
        return new LinearModel(q, b);
    }

    /** The logit of the positive class. */
    public double logit(int[] features) {
        double sum = bias;
        for (int feature : features) {
            sum += weights[feature];
        }
        return sum;
    }

    /** The probability of the positive class. */
    public double probability(int[] features) {
        return 1.0 / (1.0 + Math.exp(-logit(features)));
    }

    /** The weight of one bucket (for reasons and tests). */
    public float weight(int bucket) {
        return weights[bucket];
    }

    /** Number of non-zero weights. */
    public int nonZero() {
        int count = 0;
        for (float w : weights) {
            if (w != 0f) {
                count++;
            }
        }
        return count;
    }

    public void write(OutputStream out) throws IOException {
        float max = 1e-9f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max / Short.MAX_VALUE;
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(HashedFeatures.BITS);
        data.writeFloat(bias);
        data.writeFloat(scale);
        data.writeInt(nonZero());
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            short q = (short) Math.round(weights[i] / scale);
            if (weights[i] != 0f && q != 0) {
                writeVarInt(data, i - last);
                data.writeShort(q);
                last = i;
            }
        }
        writeVarInt(data, 0);
        data.writeShort(0);
        data.flush();
        gzip.finish();
    }

    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            throw new IOException("not a Bellwether linear model");
        }
        if (data.readInt() != HashedFeatures.BITS) {
            throw new IOException("model was trained with a different feature dimension");
        }
        float bias = data.readFloat();
        float scale = data.readFloat();
        int count = data.readInt();
        float[] weights = new float[HashedFeatures.DIMENSION];
        int index = 0;
        for (int i = 0; i < count; i++) {
            index += readVarInt(data);
            weights[index] = data.readShort() * scale;
        }
        return new LinearModel(weights, bias);
    }

    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = in.readByte();
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }
}

package org.bellwether.processor.cluster;

/**
 * A HyperLogLog distinct counter over 64-bit hashes with 2^p one-byte registers; exact enough for "how many
 * different pseudonyms" (standard error 1.04 / sqrt(2^p)), tiny to store, and mergeable. Not thread-safe.
 */
public final class Hll {
    private final byte[] registers;
    private final int precision;

    public Hll(int precision) {
        this(precision, new byte[1 << precision]);
    }

    Hll(int precision, byte[] registers) {
        if (registers.length != 1 << precision) {
            throw new IllegalArgumentException("register count does not match precision");
        }
        this.precision = precision;
        this.registers = registers;
    }

    public void add(long hash) {
        long mixed = mix(hash);
        int index = (int) (mixed >>> (64 - precision));
        long rest = mixed << precision;
        int rank = rest == 0 ? 64 - precision + 1 : Long.numberOfLeadingZeros(rest) + 1;
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    public void merge(Hll other) {
        if (other.precision != precision) {
            throw new IllegalArgumentException("precision differs");
        }
        for (int i = 0; i < registers.length; i++) {
            if (other.registers[i] > registers[i]) {
                registers[i] = other.registers[i];
            }
        }
    }

    public void clear() {
        java.util.Arrays.fill(registers, (byte) 0);
    }

    public long estimate() {
        int m = registers.length;
        double sum = 0;
        int zeros = 0;
        for (byte register : registers) {
            sum += 1.0 / (1L << register);
            if (register == 0) {
                zeros++;
            }
        }
        double alpha = m == 16 ? 0.673 : m == 32 ? 0.697 : m == 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
        double raw = alpha * m * m / sum;
        if (raw <= 2.5 * m && zeros > 0) {
            return Math.round(m * Math.log((double) m / zeros));
        }
        return Math.round(raw);
    }

    public int precision() {
        return precision;
    }

    byte[] registers() {
        return registers;
    }

    /** A 64-bit finaliser (SplitMix64), so that weak input hashes still spread over the registers. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

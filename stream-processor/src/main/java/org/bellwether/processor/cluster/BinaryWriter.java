package org.bellwether.processor.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable big-endian byte buffer for the binary serdes; strings as UTF-8 with an int length. Not thread-safe. */
public final class BinaryWriter {
    private byte[] bytes;
    private int size;

    public BinaryWriter(int capacity) {
        bytes = new byte[capacity];
    }

    public void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    public void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    public void writeShort(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    public void writeInt(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    public void writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    public void writeDouble(double value) {
        writeLong(Double.doubleToRawLongBits(value));
    }

    public void writeString(String value) {
        int length = value.length();
        ensure(4 + length);
        int start = size + 4;
        int i = 0;
        while (i < length) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                break;
            }
            bytes[start + i] = (byte) c;
            i++;
        }
        if (i == length) {
            writeInt(length);
            size += length;
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        write(utf8);
    }

    public void write(byte[] values) {
        ensure(values.length);
        System.arraycopy(values, 0, bytes, size, values.length);
        size += values.length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}

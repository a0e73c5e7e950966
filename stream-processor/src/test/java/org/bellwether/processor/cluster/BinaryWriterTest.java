package org.bellwether.processor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryWriterTest {

    /** ASCII takes a direct path, anything else UTF-8; both read back as written, lengths in bytes. */
    @Test
    void stringsRoundTripAsUtf8WithTheirByteLength() {
        List<String> values = List.of("", "a", "narrative", "café", "日本語", "مرحبا", "emoji 🙂 end", "a\u0000b",
                "x".repeat(10_000), "x".repeat(5_000) + "é", "\u007f\u0080");
        BinaryWriter writer = new BinaryWriter(2);
        for (String value : values) {
            writer.writeString(value);
            writer.writeByte(7);
        }
        ByteBuffer in = ByteBuffer.wrap(writer.toByteArray());
        List<String> read = new ArrayList<>();
        for (String value : values) {
            int length = in.getInt();
            assertThat(length).isEqualTo(value.getBytes(StandardCharsets.UTF_8).length);
            byte[] utf8 = new byte[length];
            in.get(utf8);
            read.add(new String(utf8, StandardCharsets.UTF_8));
            assertThat(in.get()).isEqualTo((byte) 7);
        }
        assertThat(read).isEqualTo(values);
        assertThat(in.hasRemaining()).isFalse();
    }
}

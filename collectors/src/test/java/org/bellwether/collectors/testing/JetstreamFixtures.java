package org.bellwether.collectors.testing;

import java.time.Instant;

/**
 * Jetstream messages written from the Jetstream README's examples: a commit creating an {@code app.bsky.feed.post},
 * plus identity and account events and deletes.
 */
public final class JetstreamFixtures {
    public static final long T0 = 1_773_050_400_000_000L; // 2026-03-09T10:00:00Z in µs

    private JetstreamFixtures() {
    }

    public static String post(int n, long timeUs, String text, String lang) {
        String did = "did:plc:" + String.format("%024d", n % 997);
        String created = Instant.ofEpochSecond(timeUs / 1_000_000, (timeUs % 1_000_000) * 1_000).toString();
        return "{\"did\":\"" + did + "\",\"time_us\":" + timeUs + ",\"kind\":\"commit\",\"commit\":{\"rev\":\"3l3qo2vuowo2b\","
                + "\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3k" + n + "\","
                + "\"record\":{\"$type\":\"app.bsky.feed.post\",\"createdAt\":\"" + created + "\",\"langs\":[\"" + lang
                + "\"],\"text\":\"" + text + "\"},\"cid\":\"bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi\"}}";
    }

    public static String key(int n) {
        return "bluesky:did:plc:" + String.format("%024d", n % 997) + "/3k" + n;
    }

    public static String identity(long timeUs) {
        return "{\"did\":\"did:plc:ufbl4k27gp6kzas5glhz7fim\",\"time_us\":" + timeUs + ",\"kind\":\"identity\","
                + "\"identity\":{\"did\":\"did:plc:ufbl4k27gp6kzas5glhz7fim\",\"handle\":\"yohenrique.bsky.social\","
                + "\"seq\":1409752997,\"time\":\"2024-09-05T06:11:04.870Z\"}}";
    }

    public static String delete(long timeUs) {
        return "{\"did\":\"did:plc:eygmaihciaxprqvxpfvl6flk\",\"time_us\":" + timeUs + ",\"kind\":\"commit\","
                + "\"commit\":{\"rev\":\"3l3f6nzl3cv2s\",\"operation\":\"delete\",\"collection\":\"app.bsky.feed.post\","
                + "\"rkey\":\"3l3f6nzl3cv2s\"}}";
    }
}

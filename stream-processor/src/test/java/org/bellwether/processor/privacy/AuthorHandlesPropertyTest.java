package org.bellwether.processor.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.bellwether.model.PostLink;
import org.bellwether.model.RawPost;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Replays posts whose author field and URL carry generated handles (Mastodon {@code /@handle/…}, Bluesky
 * {@code profile/handle/post/…}, ids that contain the handle, links to the author's profile in the text) through the
 * whole topology, and checks that no output record (scored posts, narratives, alerts, dead letters) and no log line
 * (captured at DEBUG) carries a handle,
 * while every sealed original opens, with the contact key, to the link the source gave.
 */
class AuthorHandlesPropertyTest {
    private static final long SEED = 20261206L;
    private static final int POSTS = 400;

    private final ContactCipher cipher = new ContactCipher("k1", Map.of("k1", new byte[32]));
    private final ListAppender<ILoggingEvent> log = rootAppender();
    private final TopologyFixture fixture = new TopologyFixture(TopologyFixture.settings().withLinkCipher(cipher));

    @AfterEach
    void close() {
        fixture.close();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    private static ListAppender<ILoggingEvent> rootAppender() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.DEBUG);
        root.addAppender(appender);
        return appender;
    }

    @Test
    void noHandleLeavesTheProcessorAndEverySealedLinkOpens() {
        Random random = new Random(SEED);
        List<String> handles = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        String[] stories = {"the shelter on Elm Street floods the area with migrants",
            "they say the water in East Side is poisoned", "el refugio trae crimen al barrio",
            "the council hides the truth about the vaccine", "ils disent que la mairie ment"};
        for (int i = 0; i < POSTS; i++) {
            String handle = handle(random);
            handles.add(handle);
            RawPost post = switch (i % 4) {
                case 0 -> {
                    String url = "https://social.example/@" + handle + "/" + (100000 + i);
                    originals.add(url);
                    yield new RawPost(SchemaVersion.CURRENT, "mastodon:social.example", Integer.toString(100000 + i),
                            url, "@" + handle + "@social.example", stories[i % stories.length]
                            + " see https://social.example/@" + handle, "en", at(i), at(i), null, null, null);
                }
                case 1 -> {
                    String did = "did:plc:" + handle;
                    String url = "https://bsky.app/profile/" + did + "/post/3k" + i;
                    originals.add(url);
                    yield new RawPost(SchemaVersion.CURRENT, "bluesky", did + "/3k" + i, url, did,
                            stories[i % stories.length], "en", at(i), at(i), null, null, null);
                }
                case 2 -> {
                    String url = "https://bsky.app/profile/" + handle + ".bsky.social/post/3x" + i;
                    originals.add(url);
                    yield new RawPost(SchemaVersion.CURRENT, "replay", handle + "-" + i, url,
                            handle + ".bsky.social", stories[i % stories.length], null, at(i), at(i), null, null,
                            null);
                }
                default -> {
                    String url = "https://forum.example/thread/" + i + "?by=" + handle.toUpperCase(Locale.ROOT);
                    originals.add(url);
                    yield new RawPost(SchemaVersion.CURRENT, "demo", "d" + i, url, handle,
                            stories[i % stories.length], "en", at(i), at(i), null, null, null);
                }
            };
            fixture.pipe(post);
        }

        List<ScoredPost> scored = fixture.scoredPosts();
        List<String> outputs = new ArrayList<>();
        scored.forEach(post -> outputs.add(Json.writeString(post)));
        fixture.narratives.readValuesToList().forEach(narrative -> outputs.add(Json.writeString(narrative)));
        fixture.alerts.readValuesToList().forEach(alert -> outputs.add(Json.writeString(alert)));
        fixture.deadLetters.readValuesToList().forEach(dead -> outputs.add(Json.writeString(dead)));
        log.list.forEach(event -> outputs.add(event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage())));

        assertThat(scored).hasSize(POSTS);
        assertThat(log.list).as("the log was captured").isNotEmpty();
        for (String output : outputs) {
            String lower = output.toLowerCase(Locale.ROOT);
            for (String handle : handles) {
                assertThat(lower).as("an output record names %s", handle).doesNotContain(handle);
            }
        }
        List<String> opened = scored.stream().map(post -> cipher.open(post.urlSealed(), PostLink.PURPOSE)).toList();
        assertThat(opened).containsExactlyInAnyOrderElementsOf(originals);
        assertThat(scored).allSatisfy(post -> assertThat(post.url()).isNull());
    }

    /** A handle of 6 to 14 characters, letters, digits and {@code _}, that no fixed text contains. */
    static String handle(Random random) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789_";
        int length = 6 + random.nextInt(9);
        StringBuilder out = new StringBuilder("h");
        for (int i = 1; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static Instant at(int i) {
        return TopologyFixture.T0.plusSeconds(60L * i);
    }
}

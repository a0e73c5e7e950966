package org.bellwether.collectors.rss;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CanonicalUrl;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.ingest.HtmlText;
import org.bellwether.collectors.HttpSupport;
import org.bellwether.ingest.PollingSource;
import org.bellwether.ingest.watchlist.WatchlistFilter;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;

/**
 * Polls one RSS 2.0 / Atom 1.0 feed (Rome) with conditional GET (ETag, Last-Modified). Entries become posts with
 * canonical links; an entry seen before (the last {@value #REMEMBERED} entry ids are kept in the checkpoint) counts
 * as a duplicate, so a restart neither repeats nor skips entries. A feed that does not parse is recorded in
 * {@code posts.dlq} (first 64 KiB, reason) and polled again at the next interval. Not thread-safe: the scheduler
 * polls one source at a time.
 */
public final class FeedCollector implements PollingSource {
    static final int REMEMBERED = 500;
    private static final int MAX_TEXT = 5_000;
    private static final int MAX_DLQ_BYTES = 64 * 1024;

    private final FeedSettings feed;
    private final HttpClient http;
    private final CollectorSink sink;
    private final CollectorCounters counters;
    private final Clock clock;
    private final WatchlistFilter filter;
    private FeedState state;

    /** What the checkpoint keeps: validators for conditional GET and the recent entry ids. */
    record FeedState(String etag, String lastModified, List<String> seen) {
    }

    public FeedCollector(FeedSettings feed, HttpClient http, CollectorSink sink, CheckpointStore checkpoints,
                         CollectorCounters counters, Clock clock, WatchlistFilter filter) {
        this.feed = feed;
        this.http = http;
        this.sink = sink;
        this.counters = counters;
        this.clock = clock;
        this.filter = filter;
        this.state = checkpoints.position(sourceKey()).map(FeedCollector::readState)
                .orElse(new FeedState(null, null, List.of()));
    }

    public String sourceKey() {
        return feed.source();
    }

    @Override
    public String name() {
        return feed.source();
    }

    @Override
    public Duration poll() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed.url()).timeout(Duration.ofSeconds(30))
                .header("User-Agent", HttpSupport.USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1");
        if (state.etag() != null) {
            request.header("If-None-Match", state.etag());
        }
        if (state.lastModified() != null) {
            request.header("If-Modified-Since", state.lastModified());
        }
        HttpResponse<java.io.InputStream> response = http.send(request.GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        byte[] bodyBytes = HttpSupport.body(response);
        Instant now = clock.instant();
        if (response.statusCode() == 304) {
            counters.succeeded(now);
            return feed.interval();
        }
        HttpSupport.check(response, feed.source(), clock);
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        SyndFeed parsed;
        try {
            parsed = parse(bodyBytes);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            counters.invalid();
            counters.error("malformed feed: " + e.getMessage());
            byte[] body = bodyBytes;
            sink.emit(sourceKey(), null, Batch.of(DeadLetter.of(feed.source(), null, null,
                    feed.source() + "@" + now, Arrays.copyOf(body, Math.min(body.length, MAX_DLQ_BYTES)),
                    "malformed feed: " + oneLine(e.getMessage()), "collect", now)));
            sink.flush();
            return feed.interval();
        }
        Deque<String> seen = new ArrayDeque<>(state.seen());
        Set<String> seenSet = new LinkedHashSet<>(state.seen());
        List<RawPost> posts = new ArrayList<>();
        List<DeadLetter> dead = new ArrayList<>();
        List<SyndEntry> entries = new ArrayList<>(parsed.getEntries());
        java.util.Collections.reverse(entries); // oldest first, as feeds list newest first
        for (SyndEntry entry : entries) {
            String link = CanonicalUrl.of(entry.getLink());
            String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().trim() : link;
            String text = text(entry);
            if (id == null || text == null || text.isBlank()) {
                counters.invalid();
                dead.add(DeadLetter.of(feed.source(), null, null, feed.source() + "#" + (id == null ? "?" : id),
                        describe(entry).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        id == null ? "entry without id or link" : "entry without title or text", "collect", now));
                continue;
            }
            if (!seenSet.add(id)) {
                counters.duplicate();
                continue;
            }
            seen.addLast(id);
            while (seen.size() > REMEMBERED) {
                seenSet.remove(seen.removeFirst());
            }
            if (!filter.accepts(text)) {
                continue;
            }
            Instant published = entry.getPublishedDate() != null ? entry.getPublishedDate().toInstant()
                    : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant() : now;
            String author = author(entry, parsed);
            posts.add(new RawPost(SchemaVersion.CURRENT, feed.source(), id, link, author, text,
                    language(parsed.getLanguage()), published, now, null, null, null));
            counters.collected(published, now);
        }
        state = new FeedState(etag, lastModified, List.copyOf(seen));
        sink.emit(sourceKey(), Json.writeString(state), new Batch(posts, List.of(), dead));
        counters.succeeded(now);
        return feed.interval();
    }

    static SyndFeed parse(byte[] body) throws IOException, FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            return input.build(reader);
        }
    }

    private static String text(SyndEntry entry) {
        StringBuilder text = new StringBuilder();
        if (entry.getTitle() != null) {
            text.append(HtmlText.toText(entry.getTitle()));
        }
        String body = null;
        if (entry.getDescription() != null) {
            body = entry.getDescription().getValue();
        } else if (!entry.getContents().isEmpty()) {
            body = ((SyndContent) entry.getContents().get(0)).getValue();
        }
        if (body != null) {
            String plain = HtmlText.toText(body);
            if (!plain.isBlank()) {
                text.append(text.length() > 0 ? "\n" : "").append(plain);
            }
        }
        String result = text.toString().trim();
        return result.length() > MAX_TEXT ? result.substring(0, MAX_TEXT) : result;
    }

    private String author(SyndEntry entry, SyndFeed parsed) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return entry.getAuthor().trim();
        }
        if (!entry.getAuthors().isEmpty() && entry.getAuthors().get(0).getName() != null) {
            return entry.getAuthors().get(0).getName().trim();
        }
        if (parsed.getAuthor() != null && !parsed.getAuthor().isBlank()) {
            return parsed.getAuthor().trim();
        }
        if (!parsed.getAuthors().isEmpty() && parsed.getAuthors().get(0).getName() != null) {
            return parsed.getAuthors().get(0).getName().trim();
        }
        return parsed.getTitle() != null ? parsed.getTitle().trim() : feed.name();
    }

    private static String describe(SyndEntry entry) {
        return "{\"title\":" + Json.writeString(String.valueOf(entry.getTitle())) + ",\"link\":"
                + Json.writeString(String.valueOf(entry.getLink())) + "}";
    }

    private static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return lang.trim().replace('_', '-');
    }

    private static FeedState readState(String position) {
        try {
            return Json.read(position, FeedState.class);
        } catch (RuntimeException e) {
            return new FeedState(null, null, List.of());
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unknown" : message.replaceAll("\\s+", " ");
    }
}

package org.bellwether.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;
import org.bellwether.search.analysis.LanguageAnalyzers;
import org.bellwether.search.index.IndexFields;
import org.bellwether.search.index.NarrativeDocuments;
import org.bellwether.search.index.PostDocuments;
import org.bellwether.search.query.QueryScope;
import org.bellwether.search.query.UserQueryParser;
import org.bellwether.search.read.NarrativeSearcher;
import org.bellwether.search.read.PostSearcher;
import org.bellwether.search.read.ThreatCounter;
import org.bellwether.search.read.Snippets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene replica of posts and narratives: one {@link IndexWriter}, one {@code SearcherManager} refreshed in
 * the background at least every second, and the consumed Kafka offsets committed inside the index so it is its own
 * source of truth. Writes are upserts by id, so replaying a topic is idempotent. Thread-safe: any number of
 * searching threads, writes from any thread (the indexer is the one writer in practice).
 */
public final class LuceneSearchIndex implements SearchService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private final SearchSettings settings;
    private final Directory directory;
    private final IndexWriter writer;
    private final Searchers searchers;
    private final UpsertTracker tracker = new UpsertTracker();
    private final UserQueryParser parser;
    private final Snippets snippets;
    private final TextRetention retention;
    /** Held for each write and across an expiry, so an expiry never overwrites a newer version of a post. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Object commitLock = new Object();
    /** Offsets of records already written to the writer (not necessarily durable yet). */
    private final Map<String, Long> consumedOffsets = new HashMap<>();
    private volatile Map<String, Long> committedOffsets;
    private volatile Instant textCutoff;

    private LuceneSearchIndex(SearchSettings settings, Directory directory, IndexWriter writer,
                              LanguageAnalyzers analyzers) throws IOException {
        this.settings = settings;
        this.directory = directory;
        this.writer = writer;
        this.parser = new UserQueryParser(analyzers);
        this.snippets = new Snippets(writer.getAnalyzer());
        CommitData committed = CommitData.decode(writer.getLiveCommitData());
        if (committed.topicPrefix() != null && !committed.topicPrefix().equals(settings.topicPrefix())) {
            throw new IllegalStateException("index at " + settings.directory() + " was built from topic prefix '"
                    + committed.topicPrefix() + "', not '" + settings.topicPrefix() + "'");
        }
        this.consumedOffsets.putAll(committed.offsets());
        this.committedOffsets = committed.offsets();
        this.textCutoff = committed.textCutoff();
        this.searchers = new Searchers(writer, settings.refreshInterval(), tracker);
        this.retention = new TextRetention(writer, searchers);
    }

    /** Opens (or creates) the index. */
    public static LuceneSearchIndex open(SearchSettings settings) {
        Directory directory = null;
        IndexWriter writer = null;
        try {
            if (settings.directory() == null) {
                directory = new ByteBuffersDirectory();
            } else {
                directory = FSDirectory.open(Files.createDirectories(settings.directory()));
            }
            LanguageAnalyzers analyzers = new LanguageAnalyzers();
            IndexWriterConfig config = new IndexWriterConfig(
                    analyzers.perField(IndexFields::postText, IndexFields::narrativeText))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            return new LuceneSearchIndex(settings, directory, writer, analyzers);
        } catch (IOException e) {
            closeQuietly(writer);
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the search index at " + settings.directory(), e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            closeQuietly(directory);
            throw e;
        }
    }

    public SearchSettings settings() {
        return settings;
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    @Override
    public SearchResult<PostHit> searchPosts(PostQuery query) {
        boolean blank = query.q() == null || query.q().isBlank();
        Query userQuery = parser.parse(query.q(), QueryScope.POSTS);
        try {
            return searchers.with(searcher -> PostSearcher.search(searcher, userQuery, blank, query, snippets));
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(e);
        }
    }

    @Override
    public SearchResult<NarrativeHit> searchNarratives(NarrativeQuery query) {
        boolean blank = query.q() == null || query.q().isBlank();
        Query userQuery = parser.parse(query.q(), QueryScope.NARRATIVES);
        try {
            return searchers.with(searcher -> NarrativeSearcher.search(searcher, userQuery, blank, query, snippets));
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(e);
        }
    }

    @Override
    public SearchResult<NarrativeHit> searchNarrativesOfPosts(PostQuery posts, NarrativeQuery narratives) {
        Query userQuery = parser.parse(posts.q(), QueryScope.POSTS);
        try {
            return searchers.with(searcher -> {
                Set<String> ids = PostSearcher.narrativeIds(searcher, userQuery, posts);
                Query byId = new TermInSetQuery(IndexFields.NARRATIVE_ID,
                        ids.stream().map(org.apache.lucene.util.BytesRef::new).toList());
                return NarrativeSearcher.search(searcher, byId, true, narratives, snippets);
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(e);
        }
    }

    /** A safety net behind the parser's own limits: a query Lucene refuses to expand is the user's to narrow. */
    private static InvalidQueryException tooManyTerms(IndexSearcher.TooManyClauses e) {
        return new InvalidQueryException("query expands to too many terms: use fewer terms, fewer fuzzy or "
                + "wildcard terms, or longer prefixes", e);
    }

    @Override
    public List<ThreatCount> threats(ThreatQuery query) {
        return searchers.with(searcher -> ThreatCounter.count(searcher, query));
    }

    @Override
    public List<ScoredPost> recentPosts(Instant since, int limit) {
        if (limit < 1 || limit > MAX_RECENT_POSTS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_RECENT_POSTS + ": " + limit);
        }
        return searchers.with(searcher -> PostSearcher.since(searcher, since, limit));
    }

    @Override
    public Optional<Narrative> narrative(String narrativeId) {
        if (narrativeId == null || narrativeId.isBlank() || narrativeId.length() > IndexFields.MAX_ID_CHARS) {
            return Optional.empty();
        }
        return searchers.with(searcher -> NarrativeSearcher.byId(searcher, narrativeId));
    }

    @Override
    public Optional<String> sealedUrl(String postId) {
        if (postId == null || postId.isBlank() || postId.length() > IndexFields.MAX_ID_CHARS) {
            return Optional.empty();
        }
        return searchers.with(searcher -> PostSearcher.byId(searcher, postId))
                .map(ScoredPost::urlSealed);
    }

    @Override
    public IndexStats stats() {
        return searchers.with(searcher -> new IndexStats(
                searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_POST))),
                searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_NARRATIVE))),
                committedOffsets));
    }

    /** The Kafka positions of the last durable commit: {@code topic-partition} → next offset to read. */
    public Map<String, Long> committedOffsets() {
        return committedOffsets;
    }

    /** The text retention cutoff in force, if any. */
    public Optional<Instant> textCutoff() {
        return Optional.ofNullable(textCutoff);
    }

    /** Makes every write so far searchable now (the background refresh does it within the interval anyway). */
    public void refresh() {
        searchers.refresh();
    }

    /** False once the writer has failed beyond repair (disk full, corruption) or the index was closed. */
    public boolean isHealthy() {
        return writer.isOpen() && writer.getTragicException() == null;
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    /** Adds or replaces a post; true when it replaced an existing one. */
    public boolean upsertPost(ScoredPost post) {
        Objects.requireNonNull(post.postId(), "postId");
        return write(IndexFields.postUid(post.postId()), PostDocuments.toDocument(post, textCutoff));
    }

    /** Adds or replaces a narrative snapshot; true when it replaced an existing one. */
    public boolean upsertNarrative(Narrative narrative) {
        Objects.requireNonNull(narrative.narrativeId(), "narrativeId");
        return write(IndexFields.narrativeUid(narrative.narrativeId()), NarrativeDocuments.toDocument(narrative, textCutoff));
    }

    /** Removes a post (a tombstone); true when it existed. */
    public boolean deletePost(String postId) {
        return write(IndexFields.postUid(postId), null);
    }

    /** Removes a narrative (a tombstone); true when it existed. */
    public boolean deleteNarrative(String narrativeId) {
        return write(IndexFields.narrativeUid(narrativeId), null);
    }

    private boolean write(String uid, Iterable<? extends org.apache.lucene.index.IndexableField> document) {
        Term term = new Term(IndexFields.UID, uid);
        writeLock.lock();
        try {
            boolean existed = exists(uid);
            if (document == null) {
                writer.deleteDocuments(term);
            } else {
                writer.updateDocument(term, document);
            }
            tracker.written(uid, document != null);
            return existed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
    }

    private boolean exists(String uid) throws IOException {
        Boolean known = tracker.known(uid);
        if (known != null) {
            return known;
        }
        return searchers.with(searcher -> searcher.count(new TermQuery(new Term(IndexFields.UID, uid))) > 0);
    }

    /**
     * Makes every write so far durable, together with the Kafka positions they were read up to (merged into the
     * positions already recorded). Call it only after the records up to those positions were written.
     */
    public void commit(Map<String, Long> consumedUpTo) {
        synchronized (commitLock) {
            if (consumedUpTo != null) {
                consumedOffsets.putAll(consumedUpTo);
            }
            CommitData data = new CommitData(settings.topicPrefix(), textCutoff, consumedOffsets);
            writer.setLiveCommitData(data.encode().entrySet());
            try {
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("search index commit failed", e);
            }
            committedOffsets = data.offsets();
        }
    }

    /** Makes every write so far durable (positions unchanged). */
    public void commit() {
        commit(null);
    }

    /**
     * The retention policy: removes the raw text of posts created before {@code cutoff} (and of representative
     * posts inside narrative snapshots); metadata, counts and aggregates stay. The cutoff also applies to posts
     * indexed later (a replay does not bring expired text back) and never moves backwards. Durable on return.
     *
     * @return the number of posts whose text was removed now
     */
    public long expireTextBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        writeLock.lock();
        try {
            if (textCutoff == null || cutoff.isAfter(textCutoff)) {
                textCutoff = cutoff;
            }
            long expired = retention.expire(textCutoff);
            commit();
            refresh();
            LOG.info("Text retention: removed the text of {} posts created before {}", expired, textCutoff);
            return expired;
        } catch (IOException e) {
            throw new UncheckedIOException("text expiry failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    /** Commits what was written (with the positions recorded so far) and closes. */
    @Override
    public void close() {
        searchers.close();
        try {
            if (writer.isOpen() && writer.getTragicException() == null) {
                commit();
            }
        } finally {
            closeQuietly(writer);
            closeQuietly(directory);
        }
    }

    /** Simulates a crash for tests: drops every uncommitted write, as a killed process would. */
    void crash() throws IOException {
        searchers.close();
        writer.rollback();
        closeQuietly(directory);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("closing {}: {}", closeable.getClass().getSimpleName(), e.toString());
        }
    }

}

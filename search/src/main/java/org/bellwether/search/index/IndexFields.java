package org.bellwether.search.index;

/**
 * Every field name of the index, in one place (as Anserini's {@code index/Constants.java}). Posts and narratives
 * share one index and are told apart by {@link #TYPE}. Keyword fields hold lower-cased values for filtering; the
 * {@code facet_*} doc values keep the value as written, for display.
 *
 * <p>The author pseudonym is deliberately NOT a field: it exists only inside the stored {@link #POST_JSON} (and
 * {@link #NARRATIVE_JSON}) blobs, which are stored and never indexed, so no query can reach it.
 */
public final class IndexFields {

    // ---- every document -------------------------------------------------------------------------------------
    /** Upsert key, {@code post:<postId>} or {@code narrative:<narrativeId>}; StringField. */
    public static final String UID = "uid";
    /** {@link #TYPE_POST} or {@link #TYPE_NARRATIVE}; StringField. */
    public static final String TYPE = "type";
    public static final String TYPE_POST = "post";
    public static final String TYPE_NARRATIVE = "narrative";

    // ---- posts ----------------------------------------------------------------------------------------------
    /** Post id; StringField. */
    public static final String POST_ID = "post_id";
    /** The post's narrative (posts) or the narrative's own id (narratives, stored); StringField. */
    public static final String NARRATIVE_ID = "narrative_id";
    /** {@code post} or {@code tip}; StringField. */
    public static final String KIND = "kind";
    /** Exact source, lower-cased, e.g. {@code mastodon:mastodon.social}; StringField. */
    public static final String SOURCE = "source";
    /** Source kind: the source before its first {@code :}, lower-cased; StringField. */
    public static final String SOURCE_KIND = "source_kind";
    /** Normalised ISO 639 language ({@code und} when unknown); StringField. */
    public static final String LANG = "lang";
    /** Analysis key of the post's text field, see {@code Languages.ANALYSIS_KEYS}; StringField. */
    public static final String ANALYSIS = "analysis";
    /** Publication time in epoch milliseconds; LongPoint (filters) + numeric doc values (sort, histogram). */
    public static final String CREATED_AT = "created_at";
    /** Neighbourhood, lower-cased; StringField. */
    public static final String NEIGHBOURHOOD = "neighbourhood";
    /** Harm category wire names scored on (posts) or present in the harm mix (narratives); StringField, multi. */
    public static final String CATEGORY = "category";
    /** Overall harm score; DoublePoint (range queries) + double doc values. */
    public static final String HARM = "harm";
    /** Canonical URLs, whole and case-preserved: the post's URL and the links in its text; StringField, multi. */
    public static final String URL = "url";
    /** Hashtags, lower-cased, without {@code #}; StringField, multi. */
    public static final String HASHTAG = "hashtag";
    /** Named entities, lower-cased; StringField, multi. */
    public static final String ENTITY = "entity";
    /** Prefix of the per-language analysed post text, e.g. {@code text_en}; indexed with positions, not stored. */
    public static final String TEXT_PREFIX = "text_";
    /** The stored copy of the post text, read for hits and highlighting; removed when the text expires. */
    public static final String TEXT_STORED = "text";
    /** {@link #TEXT_PRESENT}, {@link #TEXT_EXPIRED} or {@link #TEXT_NONE}; StringField. */
    public static final String TEXT_STATE = "text_state";
    public static final String TEXT_PRESENT = "present";
    public static final String TEXT_EXPIRED = "expired";
    public static final String TEXT_NONE = "none";
    /** The whole ScoredPost as JSON without its text (stored only). */
    public static final String POST_JSON = "post_json";

    // ---- facets (sorted-set doc values, values as written) ---------------------------------------------------
    public static final String FACET_LANG = "facet_lang";
    public static final String FACET_CATEGORY = "facet_category";
    public static final String FACET_NEIGHBOURHOOD = "facet_neighbourhood";
    public static final String FACET_SOURCE = "facet_source";
    public static final String FACET_SOURCE_KIND = "facet_source_kind";
    /** A post's narrative id (doc values): which narratives a post search's matches belong to. */
    public static final String FACET_NARRATIVE = "facet_narrative";

    // ---- narratives -----------------------------------------------------------------------------------------
    /** Status wire name ({@code emerging}, {@code active}, {@code fading}, {@code merged}); StringField. */
    public static final String STATUS = "status";
    /** {@code true} or {@code false}; StringField. */
    public static final String FLAGGED = "flagged";
    /** {@code true} when merged into another narrative; StringField. */
    public static final String MERGED = "merged";
    /** The narrative this one was merged into; StringField. */
    public static final String MERGED_INTO = "merged_into";
    /** Ranking score; double doc values (sort). */
    public static final String PRIORITY = "priority";
    /** The narrative's id as sorted doc values: the tie-break of narrative listings. */
    public static final String NARRATIVE_SORT = "narrative_sort";
    /** Posts assigned; numeric doc values. */
    public static final String POST_COUNT = "post_count";
    /** Prefix of the narrative's searchable text analysed per language, e.g. {@code ntext_en}; not stored. */
    public static final String NARRATIVE_TEXT_PREFIX = "ntext_";
    /** Stored copy of the narrative's searchable text (label, terms, entities, hashtags, representative posts). */
    public static final String NARRATIVE_TEXT_STORED = "narrative_text";
    /** The whole snapshot as JSON (stored only). */
    public static final String NARRATIVE_JSON = "narrative_json";

    private IndexFields() {
    }

    /** {@code text_en}, … for an analysis key. */
    public static String postText(String analysisKey) {
        return TEXT_PREFIX + analysisKey;
    }

    /** {@code ntext_en}, … for an analysis key. */
    public static String narrativeText(String analysisKey) {
        return NARRATIVE_TEXT_PREFIX + analysisKey;
    }

    /** Longest post or narrative id accepted, in chars (an id is a key, never cut). */
    public static final int MAX_ID_CHARS = 1_024;

    public static String postUid(String postId) {
        return TYPE_POST + ":" + checkedId(postId);
    }

    public static String narrativeUid(String narrativeId) {
        return TYPE_NARRATIVE + ":" + checkedId(narrativeId);
    }

    /** The id itself; an id that is blank or longer than {@link #MAX_ID_CHARS} cannot be indexed. */
    public static String checkedId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is missing");
        }
        if (id.length() > MAX_ID_CHARS) {
            throw new IllegalArgumentException("id is " + id.length() + " chars long (at most " + MAX_ID_CHARS + ")");
        }
        return id;
    }
}

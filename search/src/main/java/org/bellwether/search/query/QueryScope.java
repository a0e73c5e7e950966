package org.bellwether.search.query;

import static org.bellwether.search.query.QueryField.Kind.*;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.index.IndexFields;

/** What a query searches (posts or narratives): its text fields and the fields users may name. */
public enum QueryScope {
    POSTS(List.of(
            QueryField.TEXT.named("text", "body"),
            new QueryField("lang", KEYWORD, IndexFields.LANG).named("lang", "language"),
            new QueryField("kind", KEYWORD, IndexFields.KIND).named("kind"),
            new QueryField("source", SOURCE, IndexFields.SOURCE).named("source"),
            new QueryField("neighbourhood", KEYWORD, IndexFields.NEIGHBOURHOOD).named("neighbourhood", "neighborhood"),
            new QueryField("category", KEYWORD, IndexFields.CATEGORY).named("category"),
            new QueryField("hashtag", HASHTAG, IndexFields.HASHTAG).named("hashtag", "tag"),
            new QueryField("entity", KEYWORD, IndexFields.ENTITY).named("entity"),
            new QueryField("url", EXACT, IndexFields.URL).named("url", "link"),
            new QueryField("narrative", EXACT, IndexFields.NARRATIVE_ID).named("narrative", "narrativeid"),
            new QueryField("id", EXACT, IndexFields.POST_ID).named("id", "postid"),
            new QueryField("harm", NUMBER_RANGE, IndexFields.HARM).named("harm"),
            new QueryField("createdAt", TIME_RANGE, IndexFields.CREATED_AT).named("createdat", "created", "date"))),
    NARRATIVES(List.of(
            QueryField.TEXT.named("text", "label"),
            new QueryField("lang", KEYWORD, IndexFields.LANG).named("lang", "language"),
            new QueryField("neighbourhood", KEYWORD, IndexFields.NEIGHBOURHOOD).named("neighbourhood", "neighborhood"),
            new QueryField("category", KEYWORD, IndexFields.CATEGORY).named("category"),
            new QueryField("hashtag", HASHTAG, IndexFields.HASHTAG).named("hashtag", "tag"),
            new QueryField("entity", KEYWORD, IndexFields.ENTITY).named("entity"),
            new QueryField("url", EXACT, IndexFields.URL).named("url", "link"),
            new QueryField("status", KEYWORD, IndexFields.STATUS).named("status"),
            new QueryField("flagged", KEYWORD, IndexFields.FLAGGED).named("flagged"),
            new QueryField("id", EXACT, IndexFields.NARRATIVE_ID).named("id", "narrative", "narrativeid"),
            new QueryField("mergedInto", EXACT, IndexFields.MERGED_INTO).named("mergedinto")));

    /** Field names that would search people rather than narratives: refused with their own message. */
    private static final List<String> PERSONAL = List.of("author", "pseudonym", "handle", "user", "mention",
            "account", "email", "contact", "profile");

    private final Map<String, QueryField> byAlias = new HashMap<>();
    private final String fieldNames;

    QueryScope(List<QueryField.Named> fields) {
        for (QueryField.Named named : fields) {
            for (String alias : named.aliases()) {
                byAlias.put(alias, named.field());
            }
        }
        fieldNames = fields.stream().map(named -> named.field().name()).sorted().collect(Collectors.joining(", "));
    }

    /** The analysed text field of this scope for an analysis key. */
    public String textField(String analysisKey) {
        return this == POSTS ? IndexFields.postText(analysisKey) : IndexFields.narrativeText(analysisKey);
    }

    /** The fields users may name, for messages and documentation. */
    public String fieldNames() {
        return fieldNames;
    }

    /** The field a user named ({@code createdAt}, {@code created_at} and {@code CREATEDAT} are one field). */
    QueryField resolve(String userField) {
        String key = userField.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        if (PERSONAL.stream().anyMatch(key::contains)) {
            throw new InvalidQueryException("field '" + userField + "' cannot be searched: Bellwether searches "
                    + "what is said, never who said it (no author or account search)");
        }
        QueryField field = byAlias.get(key);
        if (field == null) {
            String hint = key.equals("http") || key.equals("https")
                    ? " (to find a link, quote it: url:\"https://…\")" : "";
            throw new InvalidQueryException("unknown field '" + userField + "'" + hint + "; fields you can search: "
                    + fieldNames);
        }
        return field;
    }
}

package org.bellwether.processor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP named-entity recognition for English, built once per process on first use (7–11 s, about
 * 0.4 GB) and shared: {@link StanfordCoreNLP#annotate} may be called from several threads. Only PERSON,
 * ORGANIZATION, LOCATION and MISC spans are kept; numeric and time classifiers are off. Thread-safe.
 *
 * <p>Only the tokeniser (with sentence splitting) runs before the CRF: the CoNLL distsim models use word shapes,
 * n-grams and distributional clusters, not part-of-speech tags or lemmas ({@code useTags} and the lemma features are
 * off in the serialised model's flags), and with the numeric, SUTime and fine-grained steps off nothing else reads
 * them. Skipping the tagger and lemmatiser gives the same tags at about a fifth of the cost (docs/FIGURES.md). A
 * model that does use tags needs {@code pos} back in {@link #properties}.
 */
public final class CoreNlpNer {

    private final String model;
    private volatile StanfordCoreNLP pipeline;

    public CoreNlpNer(String model) {
        this.model = model;
    }

    /** Builds the pipeline now (otherwise the first {@link #entities} call does). */
    public CoreNlpNer preload() {
        pipeline();
        return this;
    }

    /** True once the pipeline is built. */
    public boolean loaded() {
        return pipeline != null;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP current = pipeline;
        if (current == null) {
            synchronized (this) {
                current = pipeline;
                if (current == null) {
                    current = new StanfordCoreNLP(properties(model));
                    pipeline = current;
                }
            }
        }
        return current;
    }

    static Properties properties(String model) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ner");
        props.setProperty("enforceRequirements", "false");
        props.setProperty("ner.model", model);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.combinationMode", "NORMAL");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return props;
    }

    /** Entity spans in order of appearance (consecutive tokens with the same tag form one span). */
    public List<String> entities(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline().annotate(document);
        List<String> out = new ArrayList<>();
        StringBuilder span = new StringBuilder();
        String spanTag = "O";
        for (CoreLabel token : document.tokens()) {
            String tag = token.getString(CoreAnnotations.NamedEntityTagAnnotation.class);
            boolean keep = "PERSON".equals(tag) || "ORGANIZATION".equals(tag) || "LOCATION".equals(tag)
                    || "MISC".equals(tag);
            if (!keep || !tag.equals(spanTag)) {
                flush(span, out);
            }
            if (keep) {
                if (span.length() > 0) {
                    span.append(' ');
                }
                span.append(token.word());
            }
            spanTag = keep ? tag : "O";
        }
        flush(span, out);
        return out;
    }

    private static void flush(StringBuilder span, List<String> out) {
        if (span.length() > 0) {
            out.add(span.toString());
            span.setLength(0);
        }
    }
}

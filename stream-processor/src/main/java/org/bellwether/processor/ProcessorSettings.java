package org.bellwether.processor;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bellwether.model.CityMap;
import org.bellwether.model.ContactCipher;
import org.bellwether.processor.cluster.ClusteringSettings;
import org.bellwether.processor.cluster.PlaceTags;
import org.bellwether.processor.flag.FlaggingSettings;
import org.bellwether.processor.nlp.NlpSettings;
import org.bellwether.processor.normalise.Neighbourhood;
import org.bellwether.processor.normalise.NeighbourhoodGazetteer;

/**
 * The values the processor runs with, immutable. Build it with {@link #defaults} or {@link #forCity} and the
 * {@code with…} methods; {@link Pipeline#build} turns it into the collaborators the topology calls.
 *
 * @param topicPrefix      deployment prefix of every topic name ({@code ""} for none)
 * @param pseudonymKey     key of the author pseudonym HMAC (at least 16 bytes; keep it secret and stable)
 * @param gazetteer        the city's neighbourhoods
 * @param clustering       narrative clustering parameters
 * @param flagging         metrics, alert rules, cool-down and snapshot rate
 * @param dedupeRetention  how long post ids are remembered for exact de-duplication
 * @param repostWindow     how long posts and text fingerprints are remembered to recognise reposts
 * @param nlp              how entities are extracted (CoreNLP NER on harm candidates or not, extra names)
 * @param stores           where state stores keep local data
 * @param linkCipher       seals the original link of a post whose link names its author's account (the contact
 *                         keys, so the api can open it for an officer); null drops such links instead
 */
public record ProcessorSettings(
        String topicPrefix,
        byte[] pseudonymKey,
        NeighbourhoodGazetteer gazetteer,
        ClusteringSettings clustering,
        FlaggingSettings flagging,
        Duration dedupeRetention,
        Duration repostWindow,
        NlpSettings nlp,
        StoreKind stores,
        ContactCipher linkCipher) {

    /** Settings without a link cipher: links that name an account are dropped. */
    public ProcessorSettings(String topicPrefix, byte[] pseudonymKey, NeighbourhoodGazetteer gazetteer,
                             ClusteringSettings clustering, FlaggingSettings flagging, Duration dedupeRetention,
                             Duration repostWindow, NlpSettings nlp, StoreKind stores) {
        this(topicPrefix, pseudonymKey, gazetteer, clustering, flagging, dedupeRetention, repostWindow, nlp, stores,
                null);
    }

    public ProcessorSettings {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        Objects.requireNonNull(pseudonymKey, "pseudonymKey");
        if (pseudonymKey.length < 16) {
            throw new IllegalArgumentException("pseudonymKey must have at least 16 bytes");
        }
        pseudonymKey = pseudonymKey.clone();
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(clustering, "clustering");
        Objects.requireNonNull(flagging, "flagging");
        Objects.requireNonNull(dedupeRetention, "dedupeRetention");
        Objects.requireNonNull(repostWindow, "repostWindow");
        Objects.requireNonNull(nlp, "nlp");
        Objects.requireNonNull(stores, "stores");
    }

    /**
     * Defaults: no prefix, no neighbourhoods, the shipped clustering and flagging settings, post ids remembered
     * 7 days, reposts recognised within 3 days, CoreNLP NER on harm candidates, RocksDB stores.
     */
    public static ProcessorSettings defaults(byte[] pseudonymKey) {
        return new ProcessorSettings("", pseudonymKey, NeighbourhoodGazetteer.empty(), ClusteringSettings.defaults(),
                FlaggingSettings.defaults(), Duration.ofDays(7), Duration.ofDays(3), NlpSettings.production(),
                StoreKind.PERSISTENT);
    }

    /**
     * The defaults for a city: posts placed in its neighbourhoods (by name and alias, and by nearest centre, which
     * for neighbourhoods drawn as a partition around their centres, like the sample city, is the containing one),
     * whose names the entity extractor also recognises; the hashtags naming the city or a neighbourhood are its
     * place tags, which do not merge or revive narratives ({@link PlaceTags}).
     *
     * @param ner run CoreNLP NER on harm candidates
     */
    public static ProcessorSettings forCity(byte[] pseudonymKey, CityMap city, boolean ner) {
        Set<String> names = new LinkedHashSet<>();
        city.neighbourhoods().forEach(n -> names.addAll(n.names()));
        List<Neighbourhood> neighbourhoods = city.neighbourhoods().stream()
                .map(n -> new Neighbourhood(n.name(), n.aliases(), null, n.centre().lat(), n.centre().lon()))
                .toList();
        Set<String> places = new LinkedHashSet<>(names);
        places.add(city.name());
        ProcessorSettings defaults = defaults(pseudonymKey);
        return defaults
                .withGazetteer(new NeighbourhoodGazetteer(neighbourhoods))
                .withClustering(defaults.clustering().withPlaceTags(PlaceTags.of(places)))
                .withNlp((ner ? NlpSettings.production() : NlpSettings.cheapOnly()).withGazetteer(names));
    }

    @Override
    public byte[] pseudonymKey() {
        return pseudonymKey.clone();
    }

    public ProcessorSettings withTopicPrefix(String prefix) {
        return new ProcessorSettings(prefix, pseudonymKey, gazetteer, clustering, flagging, dedupeRetention,
                repostWindow, nlp, stores, linkCipher);
    }

    public ProcessorSettings withGazetteer(NeighbourhoodGazetteer value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, value, clustering, flagging, dedupeRetention,
                repostWindow, nlp, stores, linkCipher);
    }

    public ProcessorSettings withClustering(ClusteringSettings value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, value, flagging, dedupeRetention,
                repostWindow, nlp, stores, linkCipher);
    }

    public ProcessorSettings withFlagging(FlaggingSettings value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, clustering, value, dedupeRetention,
                repostWindow, nlp, stores, linkCipher);
    }

    public ProcessorSettings withNlp(NlpSettings value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, clustering, flagging, dedupeRetention,
                repostWindow, value, stores, linkCipher);
    }

    public ProcessorSettings withStores(StoreKind value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, clustering, flagging, dedupeRetention,
                repostWindow, nlp, value, linkCipher);
    }

    public ProcessorSettings withLinkCipher(ContactCipher value) {
        return new ProcessorSettings(topicPrefix, pseudonymKey, gazetteer, clustering, flagging, dedupeRetention,
                repostWindow, nlp, stores, value);
    }

    /** Equal values are equal settings; the key is compared by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessorSettings that
                && topicPrefix.equals(that.topicPrefix)
                && Arrays.equals(pseudonymKey, that.pseudonymKey)
                && gazetteer.equals(that.gazetteer)
                && clustering.equals(that.clustering)
                && flagging.equals(that.flagging)
                && dedupeRetention.equals(that.dedupeRetention)
                && repostWindow.equals(that.repostWindow)
                && nlp.equals(that.nlp)
                && stores == that.stores
                && linkCipher == that.linkCipher;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topicPrefix, Arrays.hashCode(pseudonymKey), gazetteer, clustering, flagging,
                dedupeRetention, repostWindow, nlp, stores, linkCipher);
    }

    /** Without the key. */
    @Override
    public String toString() {
        return "ProcessorSettings[topicPrefix=" + topicPrefix + ", stores=" + stores + ", nlp=" + nlp
                + ", clustering=" + clustering + ", flagging=" + flagging + "]";
    }
}

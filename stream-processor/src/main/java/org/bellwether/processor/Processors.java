package org.bellwether.processor;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bellwether.model.CityMap;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.nlp.DefaultEntityExtractor;
import org.bellwether.processor.nlp.NlpSettings;
import org.bellwether.processor.normalise.Neighbourhood;
import org.bellwether.processor.normalise.NeighbourhoodGazetteer;

/** Builds the stream processor the way every deployable runs it: the shipped scorer, the city's gazetteer. */
public final class Processors {
    /** Streams application id; also the prefix of its internal topics. */
    public static final String APPLICATION_ID = "bellwether-processor";

    private Processors() {
    }

    /**
     * @param pseudonymKey author-handle hash key
     * @param city         the city whose neighbourhoods posts are placed in
     * @param topicPrefix  deployment prefix
     * @param ner          run CoreNLP NER on harm candidates
     */
    public static ProcessorSettings settings(byte[] pseudonymKey, CityMap city, String topicPrefix, boolean ner) {
        Set<String> names = new LinkedHashSet<>();
        city.neighbourhoods().forEach(n -> names.addAll(n.names()));
        NlpSettings nlp = (ner ? NlpSettings.production() : NlpSettings.cheapOnly()).withGazetteer(names);
        return ProcessorSettings.defaults(pseudonymKey, DefaultHarmScorer.load(), new DefaultEntityExtractor(nlp))
                .withTopicPrefix(topicPrefix)
                .withGazetteer(gazetteer(city));
    }

    /**
     * The city's neighbourhoods as the processor places posts: by name and alias, and by nearest centre (which for
     * neighbourhoods drawn as a partition around their centres, like the sample city, is the containing one).
     */
    public static NeighbourhoodGazetteer gazetteer(CityMap city) {
        List<Neighbourhood> neighbourhoods = city.neighbourhoods().stream()
                .map(n -> new Neighbourhood(n.name(), n.aliases(), null, n.centre().lat(), n.centre().lon()))
                .toList();
        return new NeighbourhoodGazetteer(neighbourhoods);
    }

    public static ProcessorService service(ProcessorSettings settings, String bootstrap, Path stateDir) {
        return new ProcessorService(settings,
                StreamsProperties.build(applicationId(settings.topicPrefix()), bootstrap, stateDir));
    }

    /**
     * The Streams application id of a deployment: {@link #APPLICATION_ID} behind its topic prefix, so topologies of
     * different cities sharing one Kafka cluster are separate consumer groups with separate internal topics.
     */
    public static String applicationId(String topicPrefix) {
        return topicPrefix + APPLICATION_ID;
    }
}

package org.bellwether.collectors.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bellwether.model.Engagement;
import org.bellwether.model.Geo;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;

/**
 * Generates the demo city stream of {@link DemoCity#NAME}: ordinary chatter in English, Spanish, French and Arabic
 * (transit, weather, events, schools, markets, sport, community), a legitimate news burst (a depot fire), and five
 * harmful narratives that emerge at different hours and grow, with reposts and near-duplicates from small account
 * pools: a false rumour after the fire (misinformation), an anti-migrant campaign against a new shelter
 * (hate_migrants), an anti-Semitic conspiracy about rents (hate_religion), threats against the mayor (threat) and a
 * harassment campaign against a woman councillor (hate_gender). All text comes from the resources beside this
 * class, written for the project. Deterministic: the same settings give the same scenario. Thread-safe (stateless).
 */
public final class DemoScenario {
    public static final String SOURCE = "demo";
    public static final List<String> LANGUAGES = List.of("en", "es", "fr", "ar");
    private static final double[] DIURNAL = {0.25, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 1.1, 1.5, 1.4, 1.2, 1.2, 1.4,
        1.3, 1.2, 1.2, 1.3, 1.5, 1.7, 1.8, 1.6, 1.3, 0.9, 0.5};

    private DemoScenario() {
    }

    /** The ids of the storylines, in onset order; all but {@code event-depot-fire} are harmful. */
    public static List<String> storylineIds() {
        return Phrasebook.storylines().storylines().stream().map(Phrasebook.Storyline::id).toList();
    }

    /** The hour (from the scenario start) at which each storyline begins. */
    public static Map<String, Double> onsetHours() {
        Map<String, Double> onsets = new java.util.LinkedHashMap<>();
        Phrasebook.storylines().storylines().forEach(s -> onsets.put(s.id(), s.onsetHour()));
        return onsets;
    }

    public static Scenario generate(DemoSettings settings) {
        Random random = new Random(settings.seed());
        DemoText text = new DemoText(random);
        Phrasebook.Chatter chatter = Phrasebook.chatter();
        Phrasebook.Storylines storylines = Phrasebook.storylines();
        List<String> residents = DemoHandles.residents(random, 600);
        List<Draft> drafts = new ArrayList<>();
        double meanDiurnal = java.util.Arrays.stream(DIURNAL).average().orElse(1);

        for (int hour = 0; hour < settings.hours(); hour++) {
            double expected = settings.chatterPerDay() / 24.0 * DIURNAL[hour % 24] / meanDiurnal;
            List<Draft> earlier = new ArrayList<>(drafts);
            for (double at : times(random, hour, hour, poisson(random, expected))) {
                drafts.add(chatterPost(random, text, chatter, residents, at, earlier));
            }
        }
        for (Phrasebook.Storyline story : storylines.storylines()) {
            List<String> pool = DemoHandles.amplifiers(random, story.id(), 12 + (int) (story.peakPerHour() * 1.5));
            List<Draft> told = new ArrayList<>();
            Draft first = storyPost(random, text, chatter, storylines, story, pool, residents, story.onsetHour(),
                    told, true);
            told.add(first);
            for (int hour = (int) story.onsetHour(); hour < Math.min(settings.hours(), story.endHour()); hour++) {
                double expected = story.peakPerHour() * settings.narrativeScale() * intensity(story, hour + 0.5);
                for (double at : times(random, hour, story.onsetHour(), poisson(random, expected))) {
                    told.add(storyPost(random, text, chatter, storylines, story, pool, residents, at, told, false));
                }
            }
            drafts.addAll(told);
        }
        drafts.sort(Comparator.comparingDouble(d -> d.hour)); // stable: ties keep generation order
        List<DemoPost> posts = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).id = settings.seed() + "-" + String.format("%06d", i + 1);
        }
        for (Draft draft : drafts) {
            posts.add(draft.toPost(settings.start()));
        }
        return new Scenario(settings, posts, DemoTips.tips(settings, posts));
    }

    /** The storyline's posts per hour relative to its peak: a logistic rise, then an exponential fade. */
    static double intensity(Phrasebook.Storyline story, double hour) {
        if (hour < story.onsetHour() || hour >= story.endHour()) {
            return 0;
        }
        double middle = story.onsetHour() + story.rampHours() / 2;
        double rise = 1 / (1 + Math.exp(-(hour - middle) / (story.rampHours() / 6)));
        double fade = hour > story.fadeStartHour() ? Math.exp(-(hour - story.fadeStartHour()) / story.fadeHours()) : 1;
        return rise * fade;
    }

    private static Draft chatterPost(Random random, DemoText text, Phrasebook.Chatter chatter, List<String> residents,
                                     double at, List<Draft> earlier) {
        Draft draft = new Draft(at, DemoPost.CHATTER, null);
        draft.author = text.pick(residents);
        if (!earlier.isEmpty() && random.nextDouble() < 0.04) {
            Draft original = earlier.get(earlier.size() - 1 - random.nextInt(Math.min(200, earlier.size())));
            draft.repost(original);
        } else {
            String lang = weightedLanguage(random, chatter.languages(), l -> l.weight());
            Phrasebook.Language language = chatter.languages().get(lang);
            var topics = new ArrayList<>(language.topics().keySet());
            String template = text.pick(language.topics().get(topics.get(random.nextInt(topics.size()))));
            String hood = text.pick(DemoCity.NEIGHBOURHOOD_NAMES);
            String body = text.fill(template, hood, "", List.of(language.slots(), chatter.slots()));
            String opener = text.pick(language.openers());
            String closerTemplate = text.pick(language.closers()).trim();
            String closer = closerTemplate.isEmpty() ? ""
                    : " " + text.fill(closerTemplate, hood.replace(" ", "").replace("-", ""), "", List.of());
            draft.text = opener + (opener.endsWith(", ") ? lowerFirst(body, lang) : body) + closer;
            draft.lang = lang;
            draft.hood = hood;
        }
        draft.engagement(random, 1.0);
        draft.geo(random);
        return draft;
    }

    private static Draft storyPost(Random random, DemoText text, Phrasebook.Chatter chatter,
                                   Phrasebook.Storylines storylines, Phrasebook.Storyline story, List<String> pool,
                                   List<String> residents, double at, List<Draft> told, boolean first) {
        Draft draft = new Draft(at, story.id(), story.category());
        draft.author = random.nextDouble() < 0.7 ? text.pick(pool) : text.pick(residents);
        double roll = random.nextDouble();
        List<Draft> originals = told.stream().filter(d -> d.repostOf == null).toList();
        if (!first && !originals.isEmpty() && roll < story.repostShare()) {
            draft.repost(originals.get(originals.size() - 1 - random.nextInt(Math.min(40, originals.size()))));
        } else if (!first && !originals.isEmpty() && roll < story.repostShare() + story.nearDuplicateShare()) {
            Draft source = originals.get(originals.size() - 1 - random.nextInt(Math.min(40, originals.size())));
            draft.text = text.nearDuplicate(source.text, source.lang, story.hashtags(), source.hood, story.hoods());
            draft.lang = source.lang;
            draft.hood = source.hood;
            draft.kind = "near-duplicate";
        } else {
            String lang = weightedLanguage(random, story.languages(), Phrasebook.Voice::weight);
            String hood = random.nextDouble() < 0.8 ? text.pick(story.hoods()) : text.pick(DemoCity.NEIGHBOURHOOD_NAMES);
            String tag = random.nextDouble() < 0.6 ? text.pick(story.hashtags()) : "";
            draft.text = text.fill(text.pick(story.languages().get(lang).templates()), hood, tag,
                    List.of(storylines.slots().get(lang), chatter.languages().get(lang).slots(), chatter.slots()));
            draft.lang = lang;
            draft.hood = hood;
        }
        draft.engagement(random, story.harmful() ? 1 + 4 * intensity(story, at) : 2.0);
        draft.geo(random);
        return draft;
    }

    private static <T> String weightedLanguage(Random random, Map<String, T> languages,
                                               java.util.function.ToIntFunction<T> weight) {
        int total = languages.values().stream().mapToInt(weight).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<String, T> entry : languages.entrySet()) {
            roll -= weight.applyAsInt(entry.getValue());
            if (roll < 0) {
                return entry.getKey();
            }
        }
        return languages.keySet().iterator().next();
    }

    private static List<Double> times(Random random, int hour, double notBefore, int count) {
        List<Double> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            times.add(Math.max(notBefore, hour + random.nextDouble()));
        }
        times.sort(Double::compare);
        return times;
    }

    static int poisson(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static String lowerFirst(String body, String lang) {
        if (lang.equals("ar") || body.length() < 2 || !Character.isUpperCase(body.charAt(0))
                || Character.isUpperCase(body.charAt(1)) || body.startsWith("I ")) {
            return body;
        }
        return Character.toLowerCase(body.charAt(0)) + body.substring(1);
    }

    /** A post under construction; ids are given once every post is placed in time. */
    private static final class Draft {
        final double hour;
        final String storyline;
        final String category;
        String id;
        String kind = "original";
        String text;
        String lang;
        String author;
        String hood;
        Draft repostOf;
        Geo geo;
        Engagement engagement;

        Draft(double hour, String storyline, String category) {
            this.hour = hour;
            this.storyline = storyline;
            this.category = category;
        }

        void repost(Draft original) {
            repostOf = original;
            text = original.text;
            lang = original.lang;
            hood = original.hood;
            kind = "repost";
        }

        void engagement(Random random, double boost) {
            long likes = (long) (Math.exp(random.nextGaussian() * 0.9 + 1.0) * boost);
            engagement = new Engagement(likes, (long) (likes * random.nextDouble() * 0.4),
                    (long) (likes * random.nextDouble() * 0.25));
        }

        void geo(Random random) {
            double roll = random.nextDouble();
            if (roll < 0.12 && hood != null) {
                DemoCity.Neighbourhood n = DemoCity.neighbourhood(hood);
                geo = new Geo(round(n.lat() + (random.nextDouble() - 0.5) * 0.008),
                        round(n.lon() + (random.nextDouble() - 0.5) * 0.008), hood);
            } else if (roll < 0.40 && hood != null) {
                geo = new Geo(null, null, hood);
            }
        }

        private static double round(double value) {
            return Math.round(value * 100_000) / 100_000.0;
        }

        DemoPost toPost(Instant start) {
            Instant createdAt = start.plusSeconds((long) (hour * 3600));
            String url = "https://social.example/@" + author + "/" + id;
            RawPost post = new RawPost(SchemaVersion.CURRENT, SOURCE, id, url, author, text, lang, createdAt,
                    createdAt.plusSeconds(5), geo, engagement,
                    repostOf == null ? null : RawPost.key(SOURCE, repostOf.id));
            return new DemoPost(post, storyline, category, kind);
        }
    }
}

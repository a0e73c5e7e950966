package org.bellwether.tools.harm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.bellwether.model.Json;
import org.bellwether.processor.harm.AbusiveModels;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.harm.HarmLexicon;
import org.bellwether.processor.harm.LinearModel;
import org.bellwether.tools.cli.Cli;
import org.bellwether.tools.cli.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether train harm [--data DIR] [--out DIR]}: regenerates every shipped harm artefact from the
 * permissively licensed files in the shared data folder, byte for byte:
 * <ul>
 *   <li>{@code lexicon/profanity-<lang>.tsv} from LDNOOBW (CC BY 4.0), folded, minus the project's list of
 *       neutral words ({@link #NOT_PROFANITY});</li>
 *   <li>{@code model/abusive.bwlm} (multilingual) and {@code model/abusive-{en,fr,ar,de}.bwlm} from MLMA (MIT)
 *       toxic, GermEval 2018 (CC BY 4.0) coarse and Constraint 2021 (MIT) as non-abusive English text;</li>
 *   <li>{@code model/misinformation.bwlm} from Constraint 2021 train (MIT).</li>
 * </ul>
 * TweetEval (HatEval, OLID) is never read here. {@code --data} defaults to the system property
 * {@code bellwether.sharedData} or {@code <repo>/../shared/data}; {@code --out} to this package's resource folder
 * under {@code <repo>/stream-processor/src/main/resources} ({@code <repo>} is {@code bellwether.home}, else the
 * working directory).
 */
@Command(name = "harm", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Regenerate every shipped harm lexicon and model from the permissively licensed shared data, "
                + "byte for byte.")
public final class HarmTrain implements Callable<Integer> {

    static final String DEFAULT_OUT = "stream-processor/src/main/resources/org/bellwether/processor/harm";
    static final List<String> PROFANITY_LANGUAGES =
            List.of("en", "es", "fr", "de", "ar", "it", "pt", "nl", "ru", "tr", "fa", "hi");
    /** LDNOOBW entries that are neutral, medical or group names in a social-media stream: not profanity here. */
    static final Set<String> NOT_PROFANITY = Set.of("sex", "sexy", "sexual", "sexually", "sexuality", "erotic",
            "erotism", "nude", "nudity", "escort", "domination", "intercourse", "genitals", "nipple", "nipples",
            "vagina", "penis", "vulva", "rectum", "clitoris", "playboy", "swinger", "lovemaking", "xx", "big black",
            "tight white", "hardcore", "hard core", "homoerotic", "eunuch", "suck", "sucks", "butt", "incest",
            "how to kill", "how to murder", "rape", "raping", "rapist", "date rape", "taste my", "tied up",
            "girl on", "hot chick", "sultry women", "gay sex", "santorum", "asesinato", "asno", "drogas", "heroina",
            "infierno", "martillo", "nazi", "racista", "sexo", "trio", "orina", "pis", "travesti", "baiser",
            "folle", "gueule", "meuf", "jouir", "pipi", "zizi", "nackt", "mufti", "orgasmus", "nippel", "popel",
            "rosette", "pinkeln", "kimme", "bonze", "سكس", "اغتصاب", "ثدي", "شهوه", "جماع", "regina", "pesce",
            "balle", "battere", "tirare", "monta", "montare", "spagnola", "quaglia", "cadavere", "bagnarsi");
    static final double PROFANITY_WEIGHT = 0.6;

    @Spec
    private CommandSpec spec;
    @Option(names = "--data", paramLabel = "DIR",
            description = "the shared data folder (default: ${sys:bellwether.sharedData:-<repository>/../shared/data})")
    private Path data = defaultData();
    @Option(names = "--out", paramLabel = "DIR",
            description = "where the lexicons and models go (default: the stream-processor's resource folder)")
    private Path target = home().resolve(DEFAULT_OUT);

    /** Runs {@code train harm} with {@code args}, printing to {@code out}; returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        return Cli.execute(new HarmTrain(), out, args);
    }

    @Override
    public Integer call() throws IOException {
        train(data, target, Cli.out(spec));
        return 0;
    }

    static void train(Path data, Path target, PrintStream out) throws IOException {
        if (!Files.isDirectory(data.resolve("harm"))) {
            throw new IOException("no shared data at " + data.toAbsolutePath() + " (set --data)");
        }
        Files.createDirectories(target.resolve("lexicon"));
        Files.createDirectories(target.resolve("model"));
        try (Progress progress = Progress.start("train harm",
                PROFANITY_LANGUAGES.size() + HarmTraining.ABUSIVE_LANGUAGES.size() + 2)) {
            train(data, target, out, progress);
        }
    }

    private static void train(Path data, Path target, PrintStream out, Progress progress) throws IOException {
        for (String lang : PROFANITY_LANGUAGES) {
            Path file = target.resolve("lexicon/profanity-" + lang + ".tsv");
            Files.writeString(file, profanityLexicon(data, lang), StandardCharsets.UTF_8);
            report(out, file);
            progress.step();
        }
        HarmLexicon lexicon = HarmLexicon.load(relative -> open(target, relative));
        long start = System.nanoTime();
        List<LabelledText> abusive = HarmTraining.abusiveDocuments(data);
        AbusiveModels models = HarmTraining.fitAbusive(abusive, lexicon);
        for (String lang : HarmTraining.ABUSIVE_LANGUAGES) {
            Path file = target.resolve(String.format(DefaultHarmScorer.ABUSIVE_LANGUAGE_MODEL, lang));
            write(models.forLanguage(lang), file);
            out.printf("abusive model (%s): %d documents%n", lang, HarmTraining.language(abusive, lang).size());
            report(out, file);
            progress.step();
        }
        write(models.multilingual(), target.resolve(DefaultHarmScorer.ABUSIVE_MODEL));
        out.printf("abusive model (multilingual): %d documents%n", abusive.size());
        report(out, target.resolve(DefaultHarmScorer.ABUSIVE_MODEL));
        progress.step();
        List<LabelledText> misinformation = HarmTraining.misinformationDocuments(data);
        write(HarmTraining.fit(misinformation, lexicon, HarmTraining.SIGMA),
                target.resolve(DefaultHarmScorer.MISINFORMATION_MODEL));
        out.printf("misinformation model: %d documents%n", misinformation.size());
        report(out, target.resolve(DefaultHarmScorer.MISINFORMATION_MODEL));
        progress.step();
        out.printf("trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The repository root: system property {@code bellwether.home} (set by the launcher), else the working dir. */
    static Path home() {
        return Path.of(System.getProperty("bellwether.home", "."));
    }

    /** System property {@code bellwether.sharedData}, else {@code <home>/../shared/data}. */
    static Path defaultData() {
        String shared = System.getProperty("bellwether.sharedData");
        return shared != null ? Path.of(shared) : home().resolve("../shared/data").normalize();
    }

    /** The generated profanity lexicon of one language, sorted and de-duplicated. */
    static String profanityLexicon(Path data, String lang) throws IOException {
        Path file = data.resolve("lexicons/ldnoobw/" + lang + ".json");
        StringBuilder text = new StringBuilder("# Generated by `bellwether train harm` from LDNOOBW (naughty-words 1.2.0) ")
                .append(lang).append(".json, CC BY 4.0, Shutterstock and contributors; do not edit.\n");
        if (!Files.exists(file)) {
            return text.toString();
        }
        JsonNode words = Json.mapper().readTree(file.toFile());
        TreeSet<String> phrases = new TreeSet<>();
        for (JsonNode word : words) {
            String phrase = HarmLexicon.foldPhrase(word.asText().trim().replace('-', ' '));
            if (!phrase.isBlank() && !NOT_PROFANITY.contains(phrase) && !phrase.contains("*")
                    && !phrase.startsWith("?") && !phrase.contains("\t")) {
                phrases.add(phrase);
            }
        }
        for (String phrase : phrases) {
            text.append("profanity\t").append(PROFANITY_WEIGHT).append('\t').append(phrase).append('\n');
        }
        return text.toString();
    }

    private static InputStream open(Path target, String relative) throws IOException {
        Path file = target.resolve(relative);
        return Files.exists(file) ? Files.newInputStream(file) : HarmLexicon.class.getResourceAsStream(relative);
    }

    private static void write(LinearModel model, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        Files.write(file, bytes.toByteArray());
    }

    private static void report(PrintStream out, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        out.printf("%s  %d bytes  sha256 %s%n", file, bytes.length, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> languages() {
        return new ArrayList<>(PROFANITY_LANGUAGES);
    }
}

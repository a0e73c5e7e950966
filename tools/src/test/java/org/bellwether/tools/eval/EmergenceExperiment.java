package org.bellwether.tools.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.processor.cluster.ClusteringSettings;
import org.bellwether.processor.flag.AlertRule;
import org.bellwether.processor.flag.FlaggingSettings;
import picocli.CommandLine;

/**
 * Development aid: {@code eval emergence} with {@link ClusteringSettings} overrides. Arguments {@code name=value}
 * naming a settings component override it (as in {@link ClusteringExperiment}); {@code emerging.maxAge=P7D} (or
 * {@code none}), {@code emerging.share=0.12} and {@code emerging.burst=3} change the emerging-narrative rule; the
 * other arguments go to the command.
 */
public final class EmergenceExperiment {
    public static void main(String[] args) {
        List<String> overrides = new ArrayList<>();
        List<String> options = new ArrayList<>();
        FlaggingSettings flagging = FlaggingSettings.defaults();
        List<AlertRule> rules = new ArrayList<>(flagging.rules());
        for (String arg : args) {
            if (arg.startsWith("emerging.")) {
                String[] kv = arg.substring("emerging.".length()).split("=", 2);
                AlertRule r = rules.get(2);
                rules.set(2, new AlertRule(r.name(), r.severity(), r.minPostsLastDay(), r.minAuthorsLastDay(),
                        kv[0].equals("burst") ? Double.parseDouble(kv[1]) : r.minBurst(), r.minHarm(),
                        r.minPriority(), kv[0].equals("share") ? Double.parseDouble(kv[1]) : r.minShareOfStream(),
                        !kv[0].equals("maxAge") ? r.maxAge() : kv[1].equals("none") ? null : Duration.parse(kv[1]),
                        r.groupRelated(), kv[0].equals("once") ? Boolean.parseBoolean(kv[1]) : r.once()));
            } else {
                (!arg.startsWith("-") && arg.contains("=") ? overrides : options).add(arg);
            }
        }
        EmergenceEval eval = new EmergenceEval();
        eval.settings = EvalReplay.SETTINGS.withFlagging(flagging.withRules(rules)).withClustering(
                ClusteringExperiment.override(ClusteringSettings.defaults(), overrides.toArray(new String[0])));
        System.exit(new CommandLine(eval).execute(options.toArray(new String[0])));
    }
}

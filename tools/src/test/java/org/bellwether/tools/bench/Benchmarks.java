package org.bellwether.tools.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the stream-processor JMH benchmarks (one fork, 3 × 2 s warm-up, 5 × 2 s measurement); an optional argument
 * is a regular expression selecting benchmarks. See stream-processor/README.md for the command and the figures.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(args.length > 0 ? args[0] : "org.bellwether.tools.bench.*")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgs("-Xmx3g", "-XX:+UseParallelGC",
                        "-Dbellwether.sharedData=" + System.getProperty("bellwether.sharedData", "../shared/data"))
                .build();
        new Runner(options).run();
    }
}

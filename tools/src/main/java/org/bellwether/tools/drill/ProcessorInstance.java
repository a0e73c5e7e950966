package org.bellwether.tools.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link DrillProcessor} in a child JVM: started, killed with {@code SIGKILL}, or stopped cleanly. */
final class ProcessorInstance implements AutoCloseable {
    private static final int TAIL_LINES = 30;

    private final String name;
    private final Process process;
    private final Path log;

    private ProcessorInstance(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts an instance with the drill JVM's class path; its output goes to {@code log}. */
    static ProcessorInstance start(String name, String bootstrap, Path stateDir, Path log, String pseudonymKey)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), DrillProcessor.class.getName(),
                bootstrap, stateDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put(DrillProcessor.KEY_ENV, pseudonymKey);
        return new ProcessorInstance(name, builder.start(), log);
    }

    String name() {
        return name;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The last lines of its output, to say why it stopped. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** {@code kill -9}: no commit, no clean close, an open transaction left to time out. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Closes its standard input, which stops it cleanly; kills it if it has not stopped within 30 s. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

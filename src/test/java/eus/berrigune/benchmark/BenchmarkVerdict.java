package eus.berrigune.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs after the benchmark's (or the cluster check's) servers have been stopped: fails the build when the run itself
 * failed (an error, not a missed target), and, with {@code -Dbench.strict=true}, when any target was missed.
 */
public final class BenchmarkVerdict {

    private BenchmarkVerdict() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        Path outcome = dir.resolve("outcome");
        if (!Files.exists(outcome)) {
            fail("The run did not happen (no " + outcome + ")");
        }
        String text = Files.readString(outcome, StandardCharsets.UTF_8).strip();
        if (!text.equals("OK")) {
            fail("The run failed: " + text + " (see " + dir.resolve("report.txt") + ")");
        }
        boolean strict = Boolean.getBoolean("bench.strict");
        String report = Files.readString(dir.resolve("report.txt"), StandardCharsets.UTF_8);
        if (strict && report.contains("FAIL  ")) {
            fail("Targets missed (bench.strict): see " + dir.resolve("report.txt"));
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}

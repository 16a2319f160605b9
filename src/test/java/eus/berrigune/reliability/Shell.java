package eus.berrigune.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs a command and returns its output; a non-zero exit is an error unless allowed. */
final class Shell {

    private Shell() {}

    static String run(List<String> command, Map<String, String> environment, boolean mayFail) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0 && !mayFail) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String run(List<String> command) {
        return run(command, Map.of(), false);
    }

    /** As the operating-system user postgres (the harness runs as root, like .ci/run). */
    static String asPostgres(String command, boolean mayFail) {
        return run(List.of("su", "postgres", "-s", "/bin/sh", "-c", command), Map.of(), mayFail);
    }
}

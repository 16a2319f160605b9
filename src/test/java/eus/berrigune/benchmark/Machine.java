package eus.berrigune.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmark ran on, and a process's resident memory, from /proc (Linux). */
final class Machine {

    private Machine() {}

    static String describe() {
        String model = "unknown CPU";
        long memKb = 0;
        String load = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            memKb = field(Path.of("/proc/meminfo"), "MemTotal:");
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            // not Linux: leave the defaults
        }
        return String.format(Locale.ROOT, "%d cores, %s, %.1f GB RAM, Java %s; load average before: %s",
                Runtime.getRuntime().availableProcessors(), model, memKb / 1024.0 / 1024.0,
                System.getProperty("java.version"), load);
    }

    /** CPU time (user + system) a process has used so far, in milliseconds (Linux clock ticks of 10 ms). */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** The 1-minute load average. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** VmRSS of a process in kB. */
    static long rssKb(long pid) throws IOException {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    private static long field(Path file, String name) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
            }
        }
        throw new IOException(name + " not in " + file);
    }
}

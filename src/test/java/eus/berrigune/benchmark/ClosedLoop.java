package eus.berrigune.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: a fixed number of clients, each sending its next request as soon as the previous one has
 * answered, for a fixed time. Each client walks the query list from its own starting point. Latencies are
 * recorded per client in microseconds (HdrHistogram, 3 significant digits) and merged at the end.
 */
final class ClosedLoop {

    /** One client's work: perform query number {@code index}; returns false for a failed request. */
    interface Client extends AutoCloseable {
        boolean perform(int index) throws Exception;

        /** Extra per-request figure (e.g. the server-side engine time), recorded when non-negative. */
        default long lastExtraMicros() {
            return -1;
        }

        @Override
        default void close() throws Exception {}
    }

    /** Makes client number {@code n}. */
    interface ClientFactory {
        Client create(int n) throws Exception;
    }

    /** What a run measured. */
    record Result(String name, int clients, Histogram latency, Histogram extra, long requests, long errors,
                  double seconds, String firstError) {
        double throughput() {
            return requests / seconds;
        }

        double p(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }

        double extraP(double percentile) {
            return extra.getValueAtPercentile(percentile) / 1000.0;
        }

        String line() {
            return String.format(Locale.ROOT, "%-34s %3d %9.2f %9.2f %9.2f %9.2f %10.1f %8d %6d", name, clients,
                    p(50), p(95), p(99), latency.getMaxValue() / 1000.0, throughput(), requests, errors);
        }
    }

    static final String HEADER = String.format(Locale.ROOT, "%-34s %3s %9s %9s %9s %9s %10s %8s %6s", "run",
            "cli", "p50 ms", "p95 ms", "p99 ms", "max ms", "per s", "requests", "errors");

    private ClosedLoop() {}

    static Result run(String name, int clients, Duration duration, int queries, ClientFactory factory)
            throws Exception {
        List<Histogram> latencies = new ArrayList<>();
        List<Histogram> extras = new ArrayList<>();
        long[] requests = new long[clients];
        long[] errors = new long[clients];
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int n = 0; n < clients; n++) {
            Histogram latency = new Histogram(60_000_000L, 3);
            Histogram extra = new Histogram(60_000_000L, 3);
            latencies.add(latency);
            extras.add(extra);
            int clientNumber = n;
            Client client = factory.create(n);
            Thread thread = new Thread(() -> {
                try (client) {
                    ready.countDown();
                    go.await();
                    long end = window[1];
                    int index = (clientNumber * 7919) % queries;
                    while (System.nanoTime() < end) {
                        long started = System.nanoTime();
                        boolean ok;
                        try {
                            ok = client.perform(index);
                        } catch (Exception e) {
                            ok = false;
                            firstError.compareAndSet(null, e.toString());
                        }
                        long micros = (System.nanoTime() - started) / 1000;
                        if (ok) {
                            latency.recordValue(Math.min(micros, 60_000_000L));
                            long x = client.lastExtraMicros();
                            if (x >= 0) {
                                extra.recordValue(Math.min(x, 60_000_000L));
                            }
                            requests[clientNumber]++;
                        } else {
                            errors[clientNumber]++;
                            firstError.compareAndSet(null, "failed request: query " + index);
                        }
                        index = (index + 1) % queries;
                    }
                } catch (Exception e) {
                    firstError.compareAndSet(null, e.toString());
                }
            }, name + "-" + n);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        Histogram latency = new Histogram(60_000_000L, 3);
        Histogram extra = new Histogram(60_000_000L, 3);
        latencies.forEach(latency::add);
        extras.forEach(extra::add);
        long total = 0;
        long failed = 0;
        for (int n = 0; n < clients; n++) {
            total += requests[n];
            failed += errors[n];
        }
        return new Result(name, clients, latency, extra, total, failed, seconds, firstError.get());
    }
}

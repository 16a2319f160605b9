package eus.berrigune.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per client address in fixed windows and says when an address has had its {@code max} for now. In
 * memory, per server, on purpose: it only blunts floods from one address (N servers allow N times as many), while
 * the protections that must hold across servers (the per-account lockout) are in the database. A window that starts
 * later than now (the clock went back) counts as over. At most {@value #MAX_ADDRESSES} addresses are remembered; past
 * that the ended windows are forgotten, and if that is not enough, all of them (a flood of addresses is not slowed
 * by this anyway).
 */
public final class AddressLimiter {

    static final int MAX_ADDRESSES = 10_000;

    private final int max;
    private final Duration window;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {

        boolean isOver(Instant now, Duration length) {
            return now.isBefore(start) || !now.isBefore(start.plus(length));
        }
    }

    public AddressLimiter(int max, Duration window) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit needs at least one event and a positive window");
        }
        this.max = max;
        this.window = window;
    }

    /** How long the address must wait, if it has had its {@code max} in the current window. */
    public Optional<Duration> blockedFor(String address, Instant now) {
        Window current = windows.get(key(address));
        if (current == null || current.isOver(now, window) || current.count() < max) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.start().plus(window)));
    }

    /** Counts one event of the address. */
    public void count(String address, Instant now) {
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.isOver(now, window));
            if (windows.size() >= MAX_ADDRESSES) {
                windows.clear();
            }
        }
        windows.compute(key(address), (k, w) -> w == null || w.isOver(now, window)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    }

    /** Counts the event if the address is not blocked; returns how long to wait if it is. */
    public synchronized Optional<Duration> tryAcquire(String address, Instant now) {
        Optional<Duration> blocked = blockedFor(address, now);
        if (blocked.isEmpty()) {
            count(address, now);
        }
        return blocked;
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}

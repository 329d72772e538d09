package io.techdir.gather;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: one request at a time per host, each starting at least the host's delay after the
 * previous one ended (the crawl delay, or a longer robots.txt {@code Crawl-delay}), a host pushed
 * back by a {@code Retry-After}, and at most {@code maxConcurrent} requests in flight overall.
 */
final class HostGate {

    private final long defaultDelayMillis;
    private final Semaphore inFlight;
    private final Map<String, Host> hosts = new HashMap<>();

    HostGate(long defaultDelayMillis, int maxConcurrent) {
        this.defaultDelayMillis = defaultDelayMillis;
        this.inFlight = new Semaphore(maxConcurrent, true);
    }

    /** Uses {@code millis} for this host when it is longer than the crawl delay. */
    synchronized void atLeast(String host, long millis) {
        Host h = host(host);
        h.delayMillis = Math.max(h.delayMillis, millis);
    }

    /** The delay used for this host. */
    synchronized long delayMillis(String host) {
        return host(host).delayMillis;
    }

    /** Keeps the host idle until {@code epochMillis} (a {@code Retry-After}). */
    synchronized void pushBack(String host, long epochMillis) {
        Host h = host(host);
        h.notBefore = Math.max(h.notBefore, epochMillis);
    }

    /** Waits for this host's turn and a free slot; {@link #release} must follow. */
    void acquire(String host) throws InterruptedException {
        Host h;
        synchronized (this) {
            h = host(host);
        }
        h.lock.lockInterruptibly();
        try {
            long wait;
            while ((wait = h.readyAt() - System.currentTimeMillis()) > 0) {
                Thread.sleep(wait);
            }
            inFlight.acquire();
        } catch (InterruptedException e) {
            h.lock.unlock();
            throw e;
        }
    }

    /** Ends a request to this host: the next one waits the delay from now. */
    void release(String host) {
        Host h;
        synchronized (this) {
            h = host(host);
        }
        inFlight.release();
        synchronized (this) {
            h.lastEnd = System.currentTimeMillis();
        }
        h.lock.unlock();
    }

    private Host host(String name) {
        return hosts.computeIfAbsent(name, n -> new Host(defaultDelayMillis));
    }

    private final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long delayMillis;
        long lastEnd = Long.MIN_VALUE / 2;
        long notBefore;

        Host(long delayMillis) {
            this.delayMillis = delayMillis;
        }

        long readyAt() {
            synchronized (HostGate.this) {
                return Math.max(lastEnd + delayMillis, notBefore);
            }
        }
    }
}

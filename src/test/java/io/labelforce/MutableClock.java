package io.labelforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: the system time in milliseconds (as in production) plus an offset a
 * test can move forward, instead of sleeping until something expires. The application context is shared,
 * so a test that moves it calls {@link #reset()} when it is done (tests in one JVM run one after another).
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The test clock is always UTC");
    }

    @Override
    public Instant instant() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)).instant().plus(offset.get());
    }

    /** Moves the time forward (or back, with a negative amount) for everything that reads this clock. */
    public void advance(Duration amount) {
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** Back to the system time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }
}
